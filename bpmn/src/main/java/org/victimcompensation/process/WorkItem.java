package org.victimcompensation.process;

import java.time.Instant;

/** An open piece of staff work on a claim. */
public record WorkItem(String taskId, WorkItemType taskType, String claimReference, Instant due, int priority,
                       Instant created) {
}
