package org.victimcompensation.claims;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.api.RetryOnConcurrentChange;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.api.TooManyRequestsException;
import org.victimcompensation.api.UnprocessableException;
import org.victimcompensation.awards.Awards;
import org.victimcompensation.domain.award.BenefitSchedule;
import org.victimcompensation.domain.claim.AccessCode;
import org.victimcompensation.domain.claim.AgeBand;
import org.victimcompensation.domain.claim.BusinessDays;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimReference;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.fairprocess.FairProcessRules;
import org.victimcompensation.fairprocess.FairProcess;
import org.victimcompensation.letters.LetterFacts;
import org.victimcompensation.letters.Letters;
import org.victimcompensation.infra.crypto.FieldCipher;
import org.victimcompensation.process.ClaimProcess;
import org.victimcompensation.process.ClaimProcessStart;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The claims feature's API: intake, look-up and the status changes other features make.
 * Each public method is one transaction, shared by our tables and the process engine.
 */
@Service
public class Claims {


    private final ClaimStore store;
    private final ClaimProcess process;
    private final Awards awards;
    private final FieldCipher cipher;
    private final AccessCodeThrottle throttle;
    private final FairProcess fairProcess;
    private final Letters letters;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private static final java.time.Duration REPLAY_WINDOW = java.time.Duration.ofDays(1);
    /** Compared against when a reference is unknown, so both answers take the same time. */
    private final String unknownReferenceHash;

    Claims(ClaimStore store, ClaimProcess process, Awards awards, FieldCipher cipher, AccessCodeThrottle throttle,
           FairProcess fairProcess, Letters letters, Clock clock) {
        this.letters = letters;
        this.fairProcess = fairProcess;
        this.store = store;
        this.process = process;
        this.awards = awards;
        this.cipher = cipher;
        this.throttle = throttle;
        this.clock = clock;
        this.unknownReferenceHash = hashOf("0000-0000-0000");
    }

    /** The reference and the access code, shown once: only the code's hash is kept. */
    public record Submitted(String reference, String accessCode, ClaimStatus status) {
    }

    /**
     * What makes a submission the same as an earlier one: the client's {@code Idempotency-Key} (or
     * the application draft's id) and a keyed hash of the body.
     */
    public record Intake(String idempotencyKey, String bodyHash) {
    }

    @Transactional
    @RetryOnConcurrentChange
    public Submitted submit(ClaimApplication application) {
        return submit(application, null);
    }

    /**
     * Intake. With an {@link Intake} key, a repeat of the same submission (the answer was lost, the
     * button pressed twice) gets the same claim instead of a second one; since the first access code
     * was shown only in the lost answer, the repeat gets a new code and the first stops working.
     * The same key with another body is refused (422).
     */
    @Transactional
    @RetryOnConcurrentChange
    public Submitted submit(ClaimApplication application, Intake intake) {
        Instant now = clock.instant();
        if (intake != null && !store.takeIntakeKey(intake.idempotencyKey(), intake.bodyHash(), now)) {
            return repeated(intake);
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate crimeDate = application.crime().occurredOn();
        BenefitSchedule schedule = awards.schedules().inForceOn(crimeDate);
        ClaimApplication.Person victim = application.victimPerson();
        AgeBand ageBand = AgeBand.at(victim.dateOfBirth(), crimeDate);
        boolean withinWindow = schedule.isWithinFilingWindow(crimeDate, victim.dateOfBirth(), today);
        String lookupHash = lookupHash(victim.lastName(), victim.dateOfBirth());
        boolean possibleDuplicate = store.existsWithLookupHash(lookupHash, crimeDate);

        UUID id = UUID.randomUUID();
        String reference = ClaimReference.generate(random, Year.from(today)).value();
        String accessCode = AccessCode.generate(random);
        store.insert(new ClaimStore.NewClaim(id, reference, hashOf(accessCode), application, now,
                withinWindow, possibleDuplicate, ageBand.name(), lookupHash, victimKey(victim)));
        store.recordEvent(id, now, "applicant", ClaimEvent.Kind.SUBMITTED);
        if (intake != null) {
            store.recordIntake(intake.idempotencyKey(), id);
        }

        Instant emergencyDue = application.emergencyAwardRequested()
                ? BusinessDays.after(today, schedule.emergencyDueBusinessDays()).atStartOfDay(ZoneOffset.UTC).toInstant()
                : null;
        process.start(new ClaimProcessStart(id, reference, application.emergencyAwardRequested(), emergencyDue,
                application.crime().type() == CrimeType.HOMICIDE,
                application.crime().flags().contains(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE),
                ageBand.isMinor(), withinWindow));
        return new Submitted(reference, accessCode, ClaimStatus.SUBMITTED);
    }

    private Submitted repeated(Intake intake) {
        ClaimStore.Intake first = store.intake(intake.idempotencyKey()).orElseThrow();
        if (!first.bodyHash().equals(intake.bodyHash()) || first.claimId() == null) {
            throw new UnprocessableException("This Idempotency-Key was already used for a different submission.");
        }
        // A retry follows a lost answer within moments; a key replayed a day later is not a retry, and
        // would otherwise let anyone holding the key and body take the claim's code over.
        if (first.createdAt().isBefore(clock.instant().minus(REPLAY_WINDOW))) {
            throw new UnprocessableException("This Idempotency-Key has expired; a repeat is answered only within a day.");
        }
        String accessCode = AccessCode.generate(random);
        store.replaceAccessCodeHash(first.claimId(), hashOf(accessCode));
        return new Submitted(first.reference(), accessCode, ClaimStatus.SUBMITTED);
    }

    /** Keyed hash of a body (or anything else a repeat must equal), never kept in plain. */
    public String bodyHash(String canonicalBody) {
        return cipher.lookupHash("intake-body|" + canonicalBody);
    }

    private String hashOf(String accessCode) {
        return AccessCode.hash(accessCode, cipher.activeKeyId(), cipher::accessCodeMac);
    }

    /**
     * The claim for a survivor who presents its reference and access code. A wrong code answers
     * exactly like an unknown reference.
     */
    @Transactional(noRollbackFor = {NotFoundException.class, TooManyRequestsException.class}) // the failure counts
    public ClaimRecord forSurvivor(String reference, String accessCode, String client) {
        boolean wellFormed = ClaimReference.isWellFormed(reference) && accessCode != null && accessCode.length() <= 64;
        Optional<String> hash = wellFormed ? store.accessCodeHash(reference) : Optional.empty();
        boolean matches = AccessCode.matches(wellFormed ? accessCode : "", hash.orElse(unknownReferenceHash),
                cipher::accessCodeMac) && hash.isPresent();
        if (!matches) {
            // The right code always opens (nobody can lock a survivor out with wrong tries); wrong ones are throttled.
            String counted = wellFormed ? reference : "malformed"; // made-up strings share one count
            throttle.check(client, counted);
            throttle.failed(client, counted);
            throw new NotFoundException();
        }
        ClaimRecord claim = store.find(reference).orElseThrow(NotFoundException::new);
        if (!AccessCode.isCurrent(hash.get(), cipher.activeKeyId())) {
            store.replaceAccessCodeHash(claim.id(), hashOf(accessCode)); // a PBKDF2 hash, or one under a retired key
        }
        return claim;
    }

    @Transactional(readOnly = true)
    public Optional<ClaimRecord> find(String reference) {
        return ClaimReference.isWellFormed(reference) ? store.find(reference) : Optional.empty();
    }

    /** For work the service does on its own (notices, mailing); callers that serve a person check who asks. */
    @Transactional(readOnly = true)
    public Optional<ClaimRecord> find(UUID claimId) {
        return store.find(claimId);
    }

    /** A claim as a search lists it: nothing personal. */
    public record Summary(UUID id, String reference, ClaimStatus status, Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<Summary> summary(String reference) {
        return ClaimReference.isWellFormed(reference) ? store.summaryByReference(reference) : Optional.empty();
    }

    /**
     * Claims whose victim has this last name and birth date, found by the keyed hash intake stores
     * (the same one that flags duplicates): the name is never compared in the clear.
     */
    @Transactional(readOnly = true)
    public List<Summary> byVictim(String lastName, LocalDate dateOfBirth) {
        return store.summariesByLookupHash(lookupHash(lastName, dateOfBirth));
    }

    @Transactional(readOnly = true)
    public Optional<Summary> summary(UUID claimId) {
        return store.summaryById(claimId);
    }

    /**
     * The same victim whoever files (the victim, then a parent; two family members after a homicide): a
     * keyed hash of the victim's full name and birth date, so the funder report can count victims as
     * people without reading a name. The first name tells apart twins the look-up hash would join.
     */
    private String victimKey(ClaimApplication.Person victim) {
        return cipher.lookupHash("victim|" + normalised(victim.firstName()) + "|" + normalised(victim.lastName()) + "|"
                + victim.dateOfBirth());
    }

    private static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private String lookupHash(String lastName, LocalDate dateOfBirth) {
        return cipher.lookupHash(lastName.trim().toLowerCase(Locale.ROOT) + "|" + dateOfBirth);
    }

    /** A denial whose appeal window ends on {@code appealBy}, still open to appeal. */
    public record AppealWindow(UUID claimId, LocalDate appealBy) {
    }

    /** Denied claims whose appeal window ends between these days (inclusive): the survivor may want a reminder. */
    @Transactional(readOnly = true)
    public List<AppealWindow> appealWindowsEnding(LocalDate from, LocalDate until) {
        return store.appealWindowsEnding(from, until);
    }

    @Transactional(readOnly = true)
    public List<ClaimEvent> history(UUID claimId) {
        return store.events(claimId);
    }

    /**
     * The one place a claim's status changes, with the event that says why. A move the lifecycle
     * ({@link ClaimStatus#reachedFrom()}) does not allow, or that another change got to first, is a
     * conflict and changes nothing.
     */
    @Transactional
    public void moveTo(UUID claimId, ClaimStatus to, String actor, ClaimEvent.Kind event) {
        if (!store.changeStatus(claimId, to)) {
            throw new ConflictException("This claim has moved on; nothing was changed.");
        }
        store.recordEvent(claimId, clock.instant(), actor, event);
    }

    @Transactional
    public void recordEvent(UUID claimId, String actor, ClaimEvent.Kind event) {
        store.recordEvent(claimId, clock.instant(), actor, event);
    }

    /** Records an approval or a denial (a status change like any other); a denial stays open to appeal until {@code appealBy}. */
    @Transactional
    public void recordDecision(UUID claimId, ClaimStatus outcome, DenialReason reason, String note, LocalDate appealBy,
                               String actor, ClaimEvent.Kind event) {
        if (!store.recordDecision(claimId, outcome, reason, note, clock.instant(), appealBy)) {
            throw new ConflictException("This claim has moved on; nothing was changed.");
        }
        store.recordEvent(claimId, clock.instant(), actor, event);
    }

    /** An appeal was granted: the claim goes back to review and the denial no longer stands. */
    @Transactional
    public void reopenAfterAppeal(UUID claimId, String actor) {
        if (!store.clearDecision(claimId, clock.instant())) {
            throw new ConflictException("This claim has moved on; nothing was changed.");
        }
        store.recordEvent(claimId, clock.instant(), actor, ClaimEvent.Kind.APPEAL_GRANTED);
    }

    @Transactional
    @RetryOnConcurrentChange
    public void withdraw(ClaimRecord claim) {
        if (!claim.status().canBecome(ClaimStatus.WITHDRAWN)) {
            throw new ConflictException("This claim can no longer be withdrawn.");
        }
        moveTo(claim.id(), ClaimStatus.WITHDRAWN, "applicant", ClaimEvent.Kind.WITHDRAWN);
        process.withdraw(claim.reference());
        store.recordClosed(claim.id(), clock.instant());
    }

    /** The survivor says again which channels are safe; the program uses only those from now on. */
    @Transactional
    public void changeSafeContact(ClaimRecord claim, ClaimApplication.SafeContact safe) {
        store.changeSafeContact(claim.id(), safe);
        store.recordEvent(claim.id(), clock.instant(), "applicant", ClaimEvent.Kind.SAFE_CONTACT_CHANGED);
    }

    /**
     * The survivor reopens a claim they withdrew, within the period the fair-process rules give: it is
     * screened again and goes to review like a new claim (an emergency request was dealt with before,
     * so the emergency track is not opened again). A decision that stood when it was withdrawn stands.
     */
    @Transactional
    @RetryOnConcurrentChange
    public void reopen(ClaimRecord claim) {
        if (claim.status() != ClaimStatus.WITHDRAWN) {
            throw new ConflictException("Only a withdrawn claim can be reopened.");
        }
        if (claim.decision() != null) {
            throw new ConflictException("This claim was withdrawn after a decision was made. That decision stands, "
                    + "so the claim cannot be reopened.");
        }
        FairProcessRules rules = fairProcess.inForce();
        LocalDate withdrawnOn = LocalDate.ofInstant(store.closedAt(claim.id()).orElseThrow(), ZoneOffset.UTC);
        if (!rules.mayReopen(withdrawnOn, fairProcess.today())) {
            throw new ConflictException("A withdrawn claim can be reopened until " + withdrawnOn.plus(rules.reopenWithin())
                    + ". That date has passed, but you can still send a new application.");
        }
        moveTo(claim.id(), ClaimStatus.SUBMITTED, "applicant", ClaimEvent.Kind.REOPENED);
        store.clearClosed(claim.id());
        ClaimApplication application = claim.application();
        process.start(new ClaimProcessStart(claim.id(), claim.reference(), false, null,
                application.crime().type() == CrimeType.HOMICIDE,
                application.crime().flags().contains(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE),
                AgeBand.valueOf(claim.victimAgeBand()).isMinor(), claim.withinFilingWindow()));
    }

    @Transactional
    @RetryOnConcurrentChange
    public void appeal(ClaimRecord claim, String reason) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean inWindow = claim.status() == ClaimStatus.DENIED && claim.decision() != null
                && claim.decision().appealBy() != null && !today.isAfter(claim.decision().appealBy());
        if (!inWindow || !process.appealFiled(claim.reference())) {
            throw new ConflictException("Only a denied claim can be appealed, within the appeal window.");
        }
        moveTo(claim.id(), ClaimStatus.APPEALED, "applicant", ClaimEvent.Kind.APPEALED);
        store.insertAppeal(claim.id(), clock.instant(), reason);
        letters.issue(LetterFacts.appealReceived(claim.id(), claim.reference(), claim.preferredLanguage(), today));
    }

    /** A survivor's document is recorded; a claim waiting for information goes back to review with it. */
    @Transactional
    public void documentAdded(ClaimRecord claim) {
        if (claim.status() == ClaimStatus.INFO_REQUESTED && process.informationProvided(claim.reference())) {
            moveTo(claim.id(), ClaimStatus.IN_REVIEW, "applicant", ClaimEvent.Kind.DOCUMENT_ADDED);
        } else {
            recordEvent(claim.id(), "applicant", ClaimEvent.Kind.DOCUMENT_ADDED);
        }
    }
}
