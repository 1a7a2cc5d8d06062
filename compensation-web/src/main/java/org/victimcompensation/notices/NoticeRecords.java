package org.victimcompensation.notices;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.UUID;

/** What the notices feature keeps about a claim, for the retention purge to forget with it. */
@Component
public class NoticeRecords {

    private final NoticeOutbox outbox;

    NoticeRecords(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void purge(Collection<UUID> claimIds) {
        outbox.deleteOf(claimIds.toArray(UUID[]::new));
    }
}
