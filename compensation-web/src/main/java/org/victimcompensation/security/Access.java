package org.victimcompensation.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may do what (PRODUCT.md sections 2 and 4), written once. Feature services carry these on the
 * methods that act, so the API and the console cannot disagree and a new route cannot skip them; URL
 * rules in {@link SecurityConfiguration} are only a first fence. A missing role is a 403.
 */
public final class Access {

    private Access() {
    }

    /** Working claims (queue, claim file, documents, decisions, reissues): caseworkers and supervisors. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    public @interface ClaimWork {
    }

    /** Approvals, contributory-conduct decisions and appeals: supervisors only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @PreAuthorize("hasRole('SUPERVISOR')")
    public @interface SupervisorDecision {
    }

    /** Assigning claims to other people and watching the team's load: supervisors. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @PreAuthorize("hasRole('SUPERVISOR')")
    public @interface Supervising {
    }

    /** Payment runs, reconciliations and funder reports: program staff, who never see a claim's narrative. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @PreAuthorize("hasRole('PROGRAM_STAFF')")
    public @interface ProgramOperations {
    }

    /** The audit trail: administrators. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @PreAuthorize("hasRole('ADMIN')")
    public @interface AuditReading {
    }
}
