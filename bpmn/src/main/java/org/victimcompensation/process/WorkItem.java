package org.victimcompensation.process;

import java.time.Instant;

/**
 * An open piece of staff work on a claim. {@code paymentReference} names the payment a REISSUE
 * item is about; it is null for the other kinds.
 */
public record WorkItem(String taskId, WorkItemType taskType, String claimReference, Instant due, int priority,
                       Instant created, String paymentReference) {
}
