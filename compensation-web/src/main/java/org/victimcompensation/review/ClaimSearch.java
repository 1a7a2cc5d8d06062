package org.victimcompensation.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.security.Access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finding a claim without the queue (a survivor on the phone): by reference, by the victim's last
 * name and date of birth, or by a payment's reference. Every search is audited with what it was by
 * and which claims it found, never the name or date sought.
 */
@Service
class ClaimSearch {

    private final Claims claims;
    private final Payments payments;
    private final AssignmentStore assignments;
    private final AuditLog audit;

    ClaimSearch(Claims claims, Payments payments, AssignmentStore assignments, AuditLog audit) {
        this.claims = claims;
        this.payments = payments;
        this.assignments = assignments;
        this.audit = audit;
    }

    /** One criterion: a reference, a last name with a birth date, or a payment reference. */
    record Criteria(String reference, String lastName, LocalDate dateOfBirth, String paymentReference) {

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** {@code assignee} is written even when nobody holds the claim, as the API lists it. */
    record Found(String reference, ClaimStatus status, Instant submittedAt,
                 @JsonInclude(JsonInclude.Include.ALWAYS) String assignee) {
    }

    @Access.ClaimWork
    @Transactional
    public List<Found> search(Criteria criteria, String actor) {
        List<Claims.Summary> found;
        String by;
        if (!Criteria.blank(criteria.reference())) {
            by = "reference";
            found = claims.summary(criteria.reference().strip()).stream().toList();
        } else if (!Criteria.blank(criteria.lastName()) && criteria.dateOfBirth() != null) {
            by = "last name and date of birth";
            found = claims.byVictim(criteria.lastName(), criteria.dateOfBirth());
        } else if (!Criteria.blank(criteria.paymentReference())) {
            by = "payment reference";
            found = payments.claimOf(criteria.paymentReference().strip()).flatMap(claims::summary).stream().toList();
        } else if (!Criteria.blank(criteria.lastName()) || criteria.dateOfBirth() != null) {
            throw new InvalidRequestException(criteria.dateOfBirth() == null ? "dateOfBirth" : "lastName",
                    "a last name and a date of birth are searched together");
        } else {
            throw new InvalidRequestException("reference",
                    "give a claim reference, a last name with a date of birth, or a payment reference");
        }
        Map<UUID, String> holders = assignments.holders(found.stream().map(Claims.Summary::id).toList());
        audit.recordOperation(actor, AuditAction.CLAIM_SEARCH, "by " + by + ": " + found.size() + " found"
                + (found.isEmpty() ? "" : " (" + found.stream().map(Claims.Summary::reference)
                .collect(Collectors.joining(", ")) + ")"));
        return found.stream().map(c -> new Found(c.reference(), c.status(), c.submittedAt(), holders.get(c.id()))).toList();
    }
}
