package org.victimcompensation.process;

import java.time.Instant;

/** What one person holds: open items, when the oldest was created, and how many are past due. */
public record Workload(String assignee, long items, Instant oldest, long pastDue) {
}
