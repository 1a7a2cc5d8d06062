package org.victimcompensation.review;

import org.springframework.stereotype.Component;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.QueueOrder;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.security.Access;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The work a signed-in caseworker or supervisor may take: tasks for the groups their roles name. */
@Component
@Access.ClaimWork
class ClaimWorkQueue {

    /** Roles that are also the process's candidate groups. */
    private static final Set<StaffRole> CLAIM_WORK_GROUPS = EnumSet.of(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);

    private final ClaimProcess process;

    ClaimWorkQueue(ClaimProcess process) {
        this.process = process;
    }

    List<WorkItem> open(QueueOrder order) {
        Set<String> groups = CurrentStaff.roles().stream().filter(CLAIM_WORK_GROUPS::contains)
                .map(Enum::name).collect(Collectors.toSet());
        return process.openWorkItems(groups, order);
    }
}
