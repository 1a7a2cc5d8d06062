package org.victimcompensation.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.QueueOrder;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.process.WorkQueuePage;
import org.victimcompensation.process.WorkQueueQuery;
import org.victimcompensation.security.Access;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The work a signed-in caseworker or supervisor may take (tasks for the groups their roles name),
 * a page at a time, paged, sorted and filtered in the database. The API and the console read the
 * same filters; {@code team} keeps the work held by a team's members.
 */
@Component
@Access.ClaimWork
class ClaimWorkQueue {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    /** Staff user names as the sign-in names them (OIDC names may carry dots, @ and dashes). */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    /** Roles that are also the process's candidate groups. */
    private static final Set<StaffRole> CLAIM_WORK_GROUPS = EnumSet.of(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);

    private final ClaimProcess process;
    private final Teams teams;
    private final Clock clock;

    ClaimWorkQueue(ClaimProcess process, Teams teams, Clock clock) {
        this.process = process;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The filters as people write them: {@code sort} due, priority or age; {@code assignee} me, none
     * or a user name; the others empty for "any".
     */
    record Filters(String sort, WorkItemType type, String assignee, Boolean emergency, Boolean overdue,
                   String claimReference, String team, ClaimStatus status, CrimeType crimeType) {

        QueueOrder order() {
            return QueueOrder.valueOf(sort.toUpperCase(Locale.ROOT));
        }
    }

    @Transactional(readOnly = true)
    WorkQueuePage page(Filters filters, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (!Set.of("due", "priority", "age").contains(filters.sort())) {
            errors.add(new FieldError("sort", "must be due, priority or age"));
        }
        if (filters.assignee() != null && !USERNAME.matcher(filters.assignee()).matches()) {
            errors.add(new FieldError("assignee", "must be me, none or a user name"));
        }
        String team = blankToNull(filters.team());
        Optional<Set<String>> members = team == null ? Optional.empty() : teams.members(team);
        if (team != null && members.isEmpty()) {
            errors.add(new FieldError("team", "must be the name of a team"));
        }
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "must be from 1 to " + MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Set<String> groups = CurrentStaff.roles().stream().filter(CLAIM_WORK_GROUPS::contains)
                .map(Enum::name).collect(Collectors.toSet());
        String assignee = "me".equals(filters.assignee()) ? CurrentStaff.username()
                : "none".equals(filters.assignee()) ? null : filters.assignee();
        return process.workQueue(new WorkQueueQuery(groups, filters.type(), assignee, "none".equals(filters.assignee()),
                members.orElse(null), filters.emergency(), filters.overdue(), blankToNull(filters.claimReference()),
                filters.status(), filters.crimeType(), filters.order(), clock.instant(), page, size));
    }

    /** The teams the queue can be filtered by. */
    List<String> teamNames() {
        return teams.names();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
