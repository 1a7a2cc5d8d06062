package org.victimcompensation.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.process.WorkItemType;
import org.victimcompensation.process.WorkQueuePage;
import org.victimcompensation.security.CurrentStaff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Staff side of API v1: the work queue, the claim file, and the decisions on it. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffClaimController {

    private final ClaimWorkQueue queue;
    private final EmergencyDecisions emergencies;
    private final Reviews reviews;
    private final SupervisorDecisions supervisors;
    private final ClaimFile claimFile;
    private final PaymentReissues reissues;
    private final FairProcessRecords fairProcess;
    private final ClaimAssignments assignments;
    private final ClaimSearch search;
    private final ClaimNotes notes;

    StaffClaimController(ClaimWorkQueue queue, EmergencyDecisions emergencies, Reviews reviews,
                         SupervisorDecisions supervisors, ClaimFile claimFile, PaymentReissues reissues,
                         FairProcessRecords fairProcess, ClaimAssignments assignments, ClaimSearch search,
                         ClaimNotes notes) {
        this.fairProcess = fairProcess;
        this.notes = notes;
        this.search = search;
        this.assignments = assignments;
        this.emergencies = emergencies;
        this.reviews = reviews;
        this.supervisors = supervisors;
        this.reissues = reissues;
        this.queue = queue;
        this.claimFile = claimFile;
    }

    /** One queue item; {@code assignee} and {@code due} are written even when empty, as the contract lists them. */
    record QueueItem(String taskId, WorkItemType taskType, String claimReference,
                     @JsonInclude(JsonInclude.Include.ALWAYS) Instant due, int priority, Instant created,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String assignee, String paymentReference) {

        static QueueItem of(WorkItem item) {
            return new QueueItem(item.taskId(), item.taskType(), item.claimReference(), item.due(), item.priority(),
                    item.created(), item.assignee(), item.paymentReference());
        }
    }

    record QueuePage(List<QueueItem> items, long total, int page, int size) {
    }

    /**
     * Work the caller's roles may take, a page at a time: emergency items first, then by due date,
     * priority or age; filtered by type, assignee (me, none or a user name), team (held by its members),
     * emergency, overdue, claim, the claim's status and its crime type.
     */
    @GetMapping("/queue")
    QueuePage queue(@RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "" + ClaimWorkQueue.PAGE_SIZE) int size,
                    @RequestParam(defaultValue = "due") String sort, @RequestParam(required = false) WorkItemType type,
                    @RequestParam(required = false) String assignee, @RequestParam(required = false) Boolean emergency,
                    @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String claimReference,
                    @RequestParam(required = false) String team, @RequestParam(required = false) ClaimStatus status,
                    @RequestParam(required = false) CrimeType crimeType) {
        WorkQueuePage found = queue.page(new ClaimWorkQueue.Filters(sort, type, assignee, emergency, overdue, claimReference,
                team, status, crimeType), page, size);
        return new QueuePage(found.items().stream().map(QueueItem::of).toList(), found.total(), page, size);
    }

    record SearchResult(List<ClaimSearch.Found> items, int total) {
    }

    /** Finds claims by reference, by last name with date of birth, or by payment reference; audited. */
    @GetMapping("/claims")
    SearchResult search(@RequestParam(required = false) String reference, @RequestParam(required = false) String lastName,
                        @RequestParam(required = false) LocalDate dateOfBirth,
                        @RequestParam(required = false) String paymentReference) {
        List<ClaimSearch.Found> found = search.search(
                new ClaimSearch.Criteria(reference, lastName, dateOfBirth, paymentReference), CurrentStaff.username());
        return new SearchResult(found, found.size());
    }

    record AssigneeJson(@NotNull @Size(min = 1, max = 100) String username) {
    }

    /**
     * Taking a claim for oneself (409 while someone else holds it), or, for a supervisor, giving it
     * to someone. The claim's open casework in the engine follows in the same transaction.
     */
    @PutMapping(value = "/claims/{reference}/assignee", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClaimAssignments.Holder assign(@PathVariable String reference, @Valid @RequestBody AssigneeJson body) {
        String me = CurrentStaff.username();
        return body.username().equals(me) ? assignments.take(reference, me)
                : assignments.assign(reference, body.username(), me);
    }

    /**
     * A supervisor gives many claims to one person at once (PRODUCT.md 4.1 names no bulk call; this
     * one is documented in docs/architecture.md). Claims someone else holds come back under
     * {@code held} unless {@code reassign} is true.
     */
    @PostMapping(value = "/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ClaimAssignments.BulkResult assignAll(@Valid @RequestBody StaffRequests.BulkAssignment body) {
        return assignments.assignAll(body, CurrentStaff.username());
    }

    /** Hands the claim back: by its holder, or by a supervisor. */
    @DeleteMapping("/claims/{reference}/assignee")
    ClaimAssignments.Holder handBack(@PathVariable String reference) {
        return assignments.handBack(reference, CurrentStaff.username());
    }

    @GetMapping("/claims/{reference}")
    ResponseEntity<ClaimFile.View> claim(@PathVariable String reference) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(claimFile.read(reference, CurrentStaff.username()));
    }

    @GetMapping("/claims/{reference}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable java.util.UUID documentId) {
        return DocumentDownloads.of(claimFile.document(reference, documentId, CurrentStaff.username()));
    }

    /** An internal note, in the staff file only. */
    @PostMapping(value = "/claims/{reference}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimNotes.Note> note(@PathVariable String reference, @Valid @RequestBody StaffRequests.Note body) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(notes.add(reference, body, CurrentStaff.username()));
    }

    @PostMapping(value = "/claims/{reference}/emergency-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    EmergencyDecisions.EmergencyResult emergencyDecision(@PathVariable String reference,
                                                     @Valid @RequestBody StaffRequests.EmergencyDecision body) {
        return emergencies.decide(reference, body, CurrentStaff.username());
    }

    @PostMapping(value = "/claims/{reference}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    Reviews.ReviewResult review(@PathVariable String reference, @Valid @RequestBody StaffRequests.Review body) {
        return reviews.review(reference, body, CurrentStaff.username());
    }

    @PostMapping(value = "/claims/{reference}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    SupervisorDecisions.ApprovalResult approval(@PathVariable String reference, @Valid @RequestBody StaffRequests.Approval body) {
        return supervisors.decide(reference, body, CurrentStaff.username());
    }

    @PostMapping(value = "/claims/{reference}/good-cause", consumes = MediaType.APPLICATION_JSON_VALUE)
    FairProcessRecords.GoodCauseResult goodCause(@PathVariable String reference, @Valid @RequestBody StaffRequests.GoodCause body) {
        return fairProcess.recordGoodCause(reference, body, CurrentStaff.username());
    }

    @PostMapping(value = "/claims/{reference}/verification-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FairProcessRecords.VerificationResult> verificationRequest(
            @PathVariable String reference, @Valid @RequestBody StaffRequests.VerificationRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(fairProcess.requestVerification(reference, body, CurrentStaff.username()));
    }

    @PostMapping("/claims/{reference}/verification-requests/{requestId}/answer")
    FairProcessRecords.VerificationResult verificationAnswer(@PathVariable String reference, @PathVariable long requestId) {
        return fairProcess.recordVerificationAnswer(reference, requestId, CurrentStaff.username());
    }

    record ReissueJson(@Size(min = 1, max = 200) String payeeName, PaymentMethod method,
                       @NotNull @Size(max = 4000) String note) {
    }

    /** A returned or refused payment, paid again to a corrected payee (the REISSUE work item). */
    @PostMapping(value = "/payments/{paymentReference}/reissue", consumes = MediaType.APPLICATION_JSON_VALUE)
    Payments.Reissued reissue(@PathVariable String paymentReference, @Valid @RequestBody ReissueJson body) {
        return reissues.reissue(paymentReference, body.payeeName(), body.method(), CurrentStaff.username());
    }
}
