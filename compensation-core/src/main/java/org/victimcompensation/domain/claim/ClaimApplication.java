package org.victimcompensation.domain.claim;

import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a survivor (or an advocate with consent) submits. Nothing here asks for a police
 * report, immigration status or an SSN; {@code reportedToPolice} is optional and no rule reads it
 * to decide an outcome.
 */
public record ClaimApplication(
        Applicant applicant,
        ApplicantRole applicantRole,
        Person victim,
        Crime crime,
        Verification verification,
        List<Expense> expenses,
        List<CollateralSource> collateralSources,
        boolean emergencyAwardRequested,
        Advocate advocate,
        Demographics demographics) {

    public ClaimApplication {
        expenses = List.copyOf(expenses);
        collateralSources = collateralSources == null ? List.of() : List.copyOf(collateralSources);
    }

    /** The person the crime happened to: the applicant, unless someone applies for them. */
    public Person victimPerson() {
        return victim != null ? victim : new Person(applicant.firstName(), applicant.lastName(), applicant.dateOfBirth());
    }

    /** What was claimed, summed per expense category. */
    public Map<ExpenseCategory, Money> claimedByCategory() {
        Map<ExpenseCategory, Money> claimed = new EnumMap<>(ExpenseCategory.class);
        expenses.forEach(e -> claimed.merge(e.category(), e.amount(), Money::plus));
        return claimed;
    }

    /** What insurance and other benefits paid: the program pays only what is left. */
    public Money collateralTotal() {
        return collateralSources.stream().map(CollateralSource::amount).reduce(Money.ZERO, Money::plus);
    }

    public record Person(String firstName, String lastName, LocalDate dateOfBirth) {
    }

    public record Applicant(String firstName, String lastName, LocalDate dateOfBirth, String preferredLanguage,
                            String email, String phone, MailingAddress mailingAddress, String acpParticipantCode,
                            SafeContact safeContact) {
    }

    public record MailingAddress(String line1, String line2, String city, String state, String postalCode) {
    }

    /**
     * Which ways of reaching the survivor are safe; staff honour these before any contact. {@code phone} is
     * calls only: a text message stays on the phone for whoever checks it, so it is its own yes ({@code text}).
     * {@code discreet}: the survivor asked that messages never name the program (someone may read them).
     */
    public record SafeContact(boolean mail, boolean phone, boolean voicemail, boolean email, boolean text,
                              boolean discreet) {

        /** The four ways of the first API version: no text messages, and messages may name the program. */
        public SafeContact(boolean mail, boolean phone, boolean voicemail, boolean email) {
            this(mail, phone, voicemail, email, false, false);
        }
    }

    /**
     * {@code occurredOn} is known to its {@code occurredOnPrecision}; a crime that went on over a period
     * also has the day (or month, or year) it ended, {@code occurredUntil}, at the same precision.
     * {@code subType}, optional, is the funder's sub-type of the crime type ({@link CrimeSubType}).
     */
    public record Crime(CrimeType type, LocalDate occurredOn, String county, String state, String description,
                        Boolean reportedToPolice, Set<CrimeFlag> flags, DatePrecision occurredOnPrecision,
                        LocalDate occurredUntil, CrimeSubType subType) {
        public Crime {
            flags = flags == null ? Set.of() : Set.copyOf(flags);
            occurredOnPrecision = occurredOnPrecision == null ? DatePrecision.DAY : occurredOnPrecision;
            if (subType != null && subType.type() != type) {
                throw new IllegalArgumentException(subType + " is not a sub-type of " + type);
            }
        }

        /** A crime on one known day. */
        public Crime(CrimeType type, LocalDate occurredOn, String county, String state, String description,
                     Boolean reportedToPolice, Set<CrimeFlag> flags) {
            this(type, occurredOn, county, state, description, reportedToPolice, flags, DatePrecision.DAY, null, null);
        }
    }

    public record Verification(VerificationSource source, String providerName, String contact) {
    }

    public record Expense(ExpenseCategory category, Money amount, Payee payee, String providerName, LocalDate incurredOn) {
    }

    public record CollateralSource(CollateralKind kind, Money amount) {
    }

    public record Advocate(String name, String organization, boolean consentOnFile) {
    }

    /** Self-reported, optional; either part may be missing. */
    public record Demographics(GenderIdentity genderIdentity, Set<RaceEthnicity> raceEthnicity) {
        public Demographics {
            raceEthnicity = raceEthnicity == null ? Set.of() : Set.copyOf(raceEthnicity);
        }
    }
}
