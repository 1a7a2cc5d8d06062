package org.victimcompensation.process;

/**
 * How the work queue is ordered. Emergency items come first whichever is chosen (they have a
 * two-business-day clock); ties go to the oldest item.
 */
public enum QueueOrder {
    /** Earliest due first (items without a due date last), then highest priority. */
    DUE,
    /** Highest priority first, then earliest due. */
    PRIORITY,
    /** Oldest first. */
    AGE
}
