package org.victimcompensation.review;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.claims.ClaimRecord;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.Workload;
import org.victimcompensation.security.Access;
import org.victimcompensation.security.CurrentStaff;
import org.victimcompensation.security.StaffRole;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a claim. A caseworker takes a free claim and hands it back; a supervisor assigns and
 * reassigns. Each is one transaction with the claim's open casework in the engine (assigned to the
 * same person) and the audit entry.
 */
@Service
@EnableConfigurationProperties(Teams.class)
class ClaimAssignments {

    private final DecisionSteps steps;
    private final AssignmentStore store;
    private final ClaimProcess process;
    private final AuditLog audit;
    private final Teams teams;
    private final Clock clock;
    private final Claims claims;

    ClaimAssignments(DecisionSteps steps, AssignmentStore store, ClaimProcess process, AuditLog audit, Teams teams,
                     Clock clock, Claims claims) {
        this.claims = claims;
        this.steps = steps;
        this.store = store;
        this.process = process;
        this.audit = audit;
        this.teams = teams;
        this.clock = clock;
    }

    static final int MAX_BULK = 200;

    record Holder(String reference, String assignee) {
    }

    /**
     * What a bulk assignment did: {@code assigned} now held by the person (they did not hold it
     * before), {@code unchanged} already theirs, {@code held} kept by someone else (not reassigned).
     */
    record BulkResult(String username, List<String> assigned, List<String> unchanged, List<Holder> held) {
    }

    /** Takes a claim for oneself: nobody may hold it, or oneself already (taking twice is harmless). */
    @Access.ClaimWork
    @Transactional
    @RetryOnConcurrentChange
    public Holder take(String reference, String actor) {
        ClaimRecord claim = steps.claim(reference);
        if (!store.takeIfFree(claim.id(), actor, actor, clock.instant())) {
            String holder = store.holder(claim.id()).orElse(actor);
            if (!holder.equals(actor)) {
                throw new ConflictException(holder + " holds this claim; a supervisor can reassign it.");
            }
            return new Holder(reference, actor);
        }
        process.assign(reference, actor);
        audit.record(actor, AuditAction.CLAIM_ASSIGNED, reference);
        return new Holder(reference, actor);
    }

    /** A supervisor gives a claim to someone, whoever held it. */
    @Access.Supervising
    @Transactional
    @RetryOnConcurrentChange
    public Holder assign(String reference, String assignee, String actor) {
        if (assignee == null || !ClaimWorkQueue.USERNAME.matcher(assignee).matches()) {
            throw new InvalidRequestException("username", "must be a staff member's user name");
        }
        ClaimRecord claim = steps.claim(reference);
        store.assign(claim.id(), assignee, actor, clock.instant());
        process.assign(reference, assignee);
        audit.record(actor, AuditAction.CLAIM_ASSIGNED, reference);
        return new Holder(reference, assignee);
    }

    /**
     * A supervisor gives many claims to one person in one transaction: each change audited, each
     * claim's open casework assigned in the engine. An unknown reference refuses the whole request
     * (nothing changes); a claim someone else holds is reported and kept by them unless
     * {@code reassign}. Claims are locked in reference order, so two bulk assignments cannot
     * deadlock each other.
     */
    @Access.Supervising
    @Transactional
    @RetryOnConcurrentChange
    public BulkResult assignAll(StaffRequests.BulkAssignment body, String actor) {
        steps.validate(body);
        if (!ClaimWorkQueue.USERNAME.matcher(body.username()).matches()) {
            throw new InvalidRequestException("username", "must be a staff member's user name");
        }
        List<FieldError> unknown = new ArrayList<>();
        Map<String, ClaimRecord> found = new TreeMap<>();
        for (int i = 0; i < body.claimReferences().size(); i++) {
            String reference = body.claimReferences().get(i).strip();
            Optional<ClaimRecord> claim = claims.find(reference);
            if (claim.isEmpty()) {
                unknown.add(new FieldError("claimReferences[" + i + "]", "no claim has this reference"));
            } else {
                found.put(reference, claim.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        String to = body.username();
        List<String> assigned = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Holder> held = new ArrayList<>();
        for (ClaimRecord claim : found.values()) {
            if (!store.takeIfFree(claim.id(), to, actor, clock.instant())) {
                String holder = store.holder(claim.id()).orElseThrow();
                if (holder.equals(to)) {
                    unchanged.add(claim.reference());
                    continue;
                }
                if (!Boolean.TRUE.equals(body.reassign())) {
                    held.add(new Holder(claim.reference(), holder));
                    continue;
                }
                store.assign(claim.id(), to, actor, clock.instant());
            }
            process.assign(claim.reference(), to);
            audit.record(actor, AuditAction.CLAIM_ASSIGNED, claim.reference(), "bulk, to " + to);
            assigned.add(claim.reference());
        }
        return new BulkResult(to, assigned, unchanged, held);
    }

    /** Hands a claim back: the holder, or a supervisor for anyone. */
    @Access.ClaimWork
    @Transactional
    @RetryOnConcurrentChange
    public Holder handBack(String reference, String actor) {
        ClaimRecord claim = steps.claim(reference);
        Optional<String> holder = store.holder(claim.id());
        if (holder.isEmpty()) {
            return new Holder(reference, null);
        }
        if (!holder.get().equals(actor) && !CurrentStaff.roles().contains(StaffRole.SUPERVISOR)) {
            throw new ConflictException(holder.get() + " holds this claim; only they or a supervisor can hand it back.");
        }
        store.release(claim.id(), holder.get());
        process.assign(reference, null);
        audit.record(actor, AuditAction.CLAIM_HANDED_BACK, reference);
        return new Holder(reference, null);
    }

    /** People a supervisor may pick from in the console: their teams' members. */
    @Access.Supervising
    public Set<String> teamMembers(String supervisor) {
        return teams.membersLedBy(supervisor).orElse(Set.of());
    }

    /** The supervisor's teams' load; everyone's when no team names the supervisor. */
    @Access.Supervising
    @Transactional(readOnly = true)
    public List<Workload> teamLoad(String supervisor) {
        List<Workload> all = process.workload(clock.instant());
        return teams.membersLedBy(supervisor).map(members -> all.stream().filter(w -> members.contains(w.assignee())).toList())
                .orElse(all);
    }
}
