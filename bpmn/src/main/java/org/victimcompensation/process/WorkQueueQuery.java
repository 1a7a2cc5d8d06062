package org.victimcompensation.process;

import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CrimeType;

import java.time.Instant;
import java.util.Set;

/**
 * One page of the open work that people in {@code candidateGroups} may take. Null filters do not
 * filter: {@code type}, {@code assignee} (a username), {@code heldBy} (items held by any of these
 * people: a team), {@code emergency} (true: only emergency items; false: none), {@code overdue}
 * (due before {@code now}, or not), {@code claimReference}, and the claim's {@code status} and
 * {@code crimeType}. {@code unassigned} keeps only work nobody holds. {@code page} counts from 0.
 */
public record WorkQueueQuery(Set<String> candidateGroups, WorkItemType type, String assignee, boolean unassigned,
                             Set<String> heldBy, Boolean emergency, Boolean overdue, String claimReference,
                             ClaimStatus status, CrimeType crimeType, QueueOrder order, Instant now, int page,
                             int size) {
}
