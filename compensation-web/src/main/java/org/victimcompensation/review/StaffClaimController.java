package org.victimcompensation.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.QueueOrder;
import org.victimcompensation.process.WorkItem;
import org.victimcompensation.security.CurrentStaff;

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

    StaffClaimController(ClaimWorkQueue queue, EmergencyDecisions emergencies, Reviews reviews,
                         SupervisorDecisions supervisors, ClaimFile claimFile, PaymentReissues reissues,
                         FairProcessRecords fairProcess) {
        this.fairProcess = fairProcess;
        this.emergencies = emergencies;
        this.reviews = reviews;
        this.supervisors = supervisors;
        this.reissues = reissues;
        this.queue = queue;
        this.claimFile = claimFile;
    }

    /** Work the caller's roles may take, emergency items first, then by due date and priority. */
    @GetMapping("/queue")
    List<WorkItem> queue() {
        return queue.open(QueueOrder.DUE);
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
