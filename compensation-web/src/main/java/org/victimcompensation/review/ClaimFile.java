package org.victimcompensation.review;

import org.victimcompensation.security.Access;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.AwardLine;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClaimEvent;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.claims.Documents;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ProcessHistoryEntry;
import org.victimcompensation.process.WorkItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The full claim as a caseworker reads it; every read is audited in the same transaction. */
@Component
@Access.ClaimWork
class ClaimFile {

    private final Claims claims;
    private final Awards awards;
    private final Documents documents;
    private final ReviewStore reviews;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Payments payments;
    private final Letters letters;
    private final AssignmentStore assignments;
    private final ClaimNotes notes;

    ClaimFile(Claims claims, Awards awards, Documents documents, ReviewStore reviews, ClaimProcess process,
              AuditLog audit, Payments payments, Letters letters, AssignmentStore assignments, ClaimNotes notes) {
        this.letters = letters;
        this.notes = notes;
        this.assignments = assignments;
        this.payments = payments;
        this.claims = claims;
        this.awards = awards;
        this.documents = documents;
        this.reviews = reviews;
        this.process = process;
        this.audit = audit;
    }

    record View(String reference, ClaimStatus status, Instant submittedAt, boolean withinFilingWindow,
                boolean possibleDuplicate, String victimAgeBand, ClaimApplication application,
                Map<ExpenseCategory, Money> claimedByCategory, Money collateralTotal, ClaimRecord.Decision decision,
                Optional<ReviewStore.EmergencyDecision> emergencyDecision, List<ReviewStore.Review> reviews,
                List<AwardLine> awardsInForce, List<Payments.PaymentView> payments, List<Documents.DocumentInfo> documents, List<ClaimEvent> history,
                List<WorkItem> openTasks, Optional<ReviewStore.GoodCauseFinding> goodCause,
                List<ReviewStore.VerificationRequest> verificationRequests, List<Letters.LetterInfo> letters,
                String assignee, List<ClaimNotes.Note> notes, List<ProcessHistoryEntry> processHistory) {
    }

    /** A document's content for a staff member; the read is audited like the file itself. */
    @Transactional
    Documents.DocumentContentView document(String reference, java.util.UUID documentId, String actor) {
        ClaimRecord claim = claims.find(reference).orElseThrow(() -> new NotFoundException("No claim has this reference."));
        Documents.DocumentContentView document = documents.open(claim.id(), documentId)
                .orElseThrow(() -> new NotFoundException("This claim has no such document."));
        audit.record(actor, AuditAction.DOCUMENT_READ, reference);
        return document;
    }

    @Transactional
    View read(String reference, String actor) {
        ClaimRecord claim = claims.find(reference).orElseThrow(() -> new NotFoundException("No claim has this reference."));
        audit.record(actor, AuditAction.CLAIM_READ, reference);
        ClaimApplication application = claim.application();
        return new View(claim.reference(), claim.status(), claim.submittedAt(), claim.withinFilingWindow(),
                claim.possibleDuplicate(), claim.victimAgeBand(), application, application.claimedByCategory(),
                application.collateralTotal(), claim.decision(),
                reviews.emergency(claim.id()), reviews.all(claim.id()), awards.inForce(claim.id()), payments.forClaim(claim.id()),
                documents.list(claim.id()), claims.history(claim.id()), process.openWorkItems(reference),
                reviews.goodCause(claim.id()), reviews.verificationRequests(claim.id()), letters.list(claim.id()),
                assignments.holder(claim.id()).orElse(null), notes.of(claim.id()), process.history(reference));
    }
}
