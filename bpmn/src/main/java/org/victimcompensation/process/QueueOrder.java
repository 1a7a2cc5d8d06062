package org.victimcompensation.process;

import java.util.Comparator;

/** How the work queue is ordered; emergency items come first either way (they have a 2-business-day clock). */
public enum QueueOrder {
    /** Earliest due first, then highest priority, then oldest. */
    DUE(Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::priority, Comparator.reverseOrder())),
    /** Highest priority first, then earliest due, then oldest. */
    PRIORITY(Comparator.comparing(WorkItem::priority, Comparator.reverseOrder())
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())));

    private final Comparator<WorkItem> order;

    QueueOrder(Comparator<WorkItem> within) {
        this.order = Comparator.comparing((WorkItem w) -> w.taskType() != WorkItemType.EMERGENCY_REVIEW)
                .thenComparing(within).thenComparing(WorkItem::created);
    }

    public Comparator<WorkItem> comparator() {
        return order;
    }
}
