package org.victimcompensation.process;

import java.util.List;

/** A page of the work queue and how many items match in all. */
public record WorkQueuePage(List<WorkItem> items, long total) {
}
