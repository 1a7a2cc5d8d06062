package org.victimcompensation.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.claims.ClosedClaims;
import org.victimcompensation.domain.fairprocess.FairProcessRules;
import org.victimcompensation.domain.retention.Retention;
import org.victimcompensation.fairprocess.FairProcess;
import org.victimcompensation.infra.database.ClusterLock;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.notices.NoticeRecords;
import org.victimcompensation.payments.Payments;
import org.victimcompensation.process.ProcessHistory;
import org.victimcompensation.reporting.ProgramFunds;
import org.victimcompensation.review.CaseworkRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Purges claims closed for good longer than the retention period (core's {@link Retention} decides
 * which), once cluster-wide: a node that finds another one purging leaves it alone. Claims are
 * taken in batches, each one transaction shared by our tables and the engine's history, so a failure
 * loses one batch's work and the next run takes it again. Each table is purged by its one writer,
 * children before parents; payments and recoveries stay as anonymous facts for funder reports and
 * audits. Every run writes one audit entry with its counts (never a reference or a personal value).
 */
@Component
public class RetentionPurge {

    static final String LOCK = "retention-purge";
    static final String ACTOR = "retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RetentionSettings settings;
    private final ClusterLock lock;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final FairProcess fairProcess;
    private final ClosedClaims claims;
    private final Payments payments;
    private final ProcessHistory processes;
    private final Letters letters;
    private final NoticeRecords notices;
    private final Awards awards;
    private final CaseworkRecords casework;
    private final ProgramFunds funds;
    private final AuditLog audit;

    RetentionPurge(RetentionSettings settings, ClusterLock lock, TransactionTemplate tx, Clock clock,
                   FairProcess fairProcess, ClosedClaims claims, Payments payments, ProcessHistory processes,
                   Letters letters, NoticeRecords notices, Awards awards, CaseworkRecords casework, ProgramFunds funds, AuditLog audit) {
        this.settings = settings;
        this.lock = lock;
        this.tx = tx;
        this.clock = clock;
        this.fairProcess = fairProcess;
        this.claims = claims;
        this.payments = payments;
        this.processes = processes;
        this.letters = letters;
        this.notices = notices;
        this.awards = awards;
        this.casework = casework;
        this.funds = funds;
        this.audit = audit;
    }

    /**
     * What one run did. {@code purged} names the claims deleted, for the caller only: it is never
     * logged nor audited. A run that found another node purging did nothing ({@code ran} false).
     */
    public record Outcome(boolean ran, Set<UUID> purged, int processHistories, int paymentsKept, int recoveriesKept,
                          int expiredDrafts) {
        static final Outcome NOT_RUN = new Outcome(false, Set.of(), 0, 0, 0, 0);
    }

    /** The scheduled run. A failure is logged by its kind only: a database error may quote a row. */
    void run() {
        try {
            purgeNow();
        } catch (RuntimeException e) {
            log.error("Retention purge failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Runs the purge now unless another node is running it; throws what stopped it. */
    public Outcome purgeNow() {
        Outcome[] outcome = {Outcome.NOT_RUN};
        boolean ran;
        try {
            ran = lock.runExclusively(LOCK, () -> outcome[0] = purge());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the retention purge could not run", e);
        }
        if (!ran) {
            log.info("Retention purge: running on another node");
        }
        return outcome[0];
    }

    private Outcome purge() {
        Instant now = clock.instant();
        Retention retention = settings.retention();
        FairProcessRules rules = fairProcess.inForce();
        Instant submittedBefore = retention.submittedBefore(now);
        Totals totals = new Totals();
        try {
            ClosedClaims.After after = ClosedClaims.After.START;
            while (true) {
                ClosedClaims.After from = after;
                Batch batch = tx.execute(status -> purgeBatch(retention, rules, now, submittedBefore, from));
                totals.add(batch);
                if (batch.seen() < settings.batchSize()) {
                    break;
                }
                after = batch.last();
            }
            totals.expiredDrafts = claims.purgeExpired();
        } catch (RuntimeException e) {
            record(totals, now, "stopped by " + e.getClass().getSimpleName() + " after ");
            throw e;
        }
        record(totals, now, "");
        log.info("Retention purge: {} claims purged, {} process histories, {} payments and {} recoveries kept without a claim, "
                        + "{} expired drafts", totals.purged.size(), totals.processHistories, totals.paymentsKept,
                totals.recoveriesKept, totals.expiredDrafts);
        return new Outcome(true, Set.copyOf(totals.purged), totals.processHistories, totals.paymentsKept,
                totals.recoveriesKept, totals.expiredDrafts);
    }

    private record Batch(int seen, ClosedClaims.After last, List<UUID> purged, int processHistories, int paymentsKept,
                         int recoveriesKept) {
    }

    private static final class Totals {
        final Set<UUID> purged = new HashSet<>();
        int processHistories;
        int paymentsKept;
        int recoveriesKept;
        int expiredDrafts;

        void add(Batch batch) {
            purged.addAll(batch.purged());
            processHistories += batch.processHistories();
            paymentsKept += batch.paymentsKept();
            recoveriesKept += batch.recoveriesKept();
        }
    }

    private Batch purgeBatch(Retention retention, FairProcessRules rules, Instant now, Instant submittedBefore,
                             ClosedClaims.After after) {
        List<ClosedClaims.ClosingClaim> candidates = claims.lockCandidates(submittedBefore, after, settings.batchSize());
        if (candidates.isEmpty()) {
            return new Batch(0, after, List.of(), 0, 0, 0);
        }
        Set<UUID> owing = payments.withPaymentsOutstanding(candidates.stream().map(ClosedClaims.ClosingClaim::id).toList());
        Set<String> running = processes.withRunningProcess(
                candidates.stream().map(ClosedClaims.ClosingClaim::reference).toList());
        List<ClosedClaims.ClosingClaim> due = candidates.stream()
                .filter(c -> retention.isDue(c.facts(owing.contains(c.id()) || running.contains(c.reference())), rules, now))
                .toList();
        ClosedClaims.After last = candidates.get(candidates.size() - 1).position();
        if (due.isEmpty()) {
            return new Batch(candidates.size(), last, List.of(), 0, 0, 0);
        }
        List<UUID> ids = due.stream().map(ClosedClaims.ClosingClaim::id).toList();
        int histories = processes.forget(due.stream().map(ClosedClaims.ClosingClaim::reference).toList());
        notices.purge(ids);
        letters.purge(ids);
        awards.purge(ids); // awards name reviews: before casework
        casework.purge(ids);
        int paymentsKept = payments.detachFromClaims(ids);
        int recoveriesKept = funds.detachRecoveries(ids);
        claims.purge(ids);
        return new Batch(candidates.size(), last, ids, histories, paymentsKept, recoveriesKept);
    }

    private void record(Totals totals, Instant now, String prefix) {
        String detail = prefix + "claims closed for good for " + settings.closedFor() + " at " + now + ": "
                + totals.purged.size() + " purged with " + totals.processHistories + " engine process histories; "
                + totals.paymentsKept + " payments and " + totals.recoveriesKept + " recoveries kept without a claim; "
                + totals.expiredDrafts + " expired drafts deleted";
        tx.executeWithoutResult(status -> audit.recordOperation(ACTOR, AuditAction.RETENTION_PURGE, detail));
    }
}
