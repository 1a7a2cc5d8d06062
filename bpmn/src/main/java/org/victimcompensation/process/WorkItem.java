package org.victimcompensation.process;

import java.time.Instant;

/**
 * An open piece of staff work on a claim. {@code paymentReference} names the payment a REISSUE
 * item is about; it is null for the other kinds. {@code assignee} is the staff member who holds it,
 * null while nobody does.
 */
public record WorkItem(String taskId, WorkItemType taskType, String claimReference, Instant due, int priority,
                       Instant created, String paymentReference, String assignee) {
}
