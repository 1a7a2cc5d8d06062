package org.victimcompensation.process;

import java.time.Instant;
import java.util.Set;

/**
 * One page of the open work that people in {@code candidateGroups} may take. Null filters do not
 * filter: {@code type}, {@code assignee} (a username), {@code emergency} (true: only emergency
 * items; false: none), {@code overdue} (due before {@code now}, or not), {@code claimReference}.
 * {@code unassigned} keeps only work nobody holds. {@code page} counts from 0.
 */
public record WorkQueueQuery(Set<String> candidateGroups, WorkItemType type, String assignee, boolean unassigned,
                             Boolean emergency, Boolean overdue, String claimReference, QueueOrder order,
                             Instant now, int page, int size) {
}
