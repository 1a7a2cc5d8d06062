package org.victimcompensation.process;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The claim-review process as the rest of the service sees it. Only this module talks to the
 * engine, so moving to another Camunda 7 compatible engine changes this module alone.
 * Every call joins the caller's transaction.
 */
public interface ClaimProcess {

    void start(ClaimProcessStart start);

    /** One page of the open work a person in the query's candidate groups may take: one query. */
    WorkQueuePage workQueue(WorkQueueQuery query);

    /** Open work per person who holds some. */
    List<Workload> workload(Instant now);

    /**
     * The claim's open casework ({@link WorkItemType#followsClaimHolder()}) is assigned to
     * {@code username}, or to nobody when null. Casework that opens later asks {@link ClaimHolders}.
     */
    void assign(String claimReference, String username);

    List<WorkItem> openWorkItems(String claimReference);

    /** What the engine did on the claim (work opened and closed, timers), oldest first. */
    List<ProcessHistoryEntry> history(String claimReference);

    Optional<WorkItem> openWorkItem(String claimReference, WorkItemType type);

    void completeEmergencyReview(WorkItem item);

    /**
     * {@code appealBy} is required for a denial that stands without a supervisor: the appeal window
     * closes then. Otherwise null.
     */
    void completeReview(WorkItem item, ReviewOutcome outcome, boolean needsApproval, Instant appealBy);

    /** {@code appealBy} is required when the supervisor approves a denial; otherwise null. */
    void completeApproval(WorkItem item, boolean approved, Instant appealBy);

    void completeAppealReview(WorkItem item, boolean granted);

    /** Tells a claim waiting for information that some arrived; false when it was not waiting. */
    boolean informationProvided(String claimReference);

    /** False when the claim's process is not in its appeal window. */
    boolean appealFiled(String claimReference);

    /** False when the claim has no running process. */
    boolean withdraw(String claimReference);

    /** Opens a REISSUE work item for a payment that was returned or refused. */
    void openReissue(String claimReference, String paymentReference);

    Optional<WorkItem> openReissueItem(String paymentReference);

    void completeReissue(WorkItem item);
}
