package org.victimcompensation.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.victimcompensation.api.BirthDate;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CollateralKind;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DatePrecision;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/claims}, as PRODUCT.md section 4 writes it, plus optional crime
 * fields for dates known only approximately ({@code occurredOnPrecision}, {@code occurredUntil}) and the
 * funder's crime sub-type ({@code subType}, which OVC's performance measures count apart). Nothing here
 * asks for a police report, immigration status or an SSN. Every text a person types is
 * {@link PlainText}; fields held to a pattern (phone, state, ZIP code) need no more.
 */
record ClaimSubmissionJson(
        @NotNull @Valid Applicant applicant,
        @NotNull ApplicantRole applicantRole,
        @Valid Person victim,
        @NotNull @Valid Crime crime,
        @NotNull @Valid Verification verification,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Expense> expenses,
        @Size(max = 20) List<@NotNull @Valid Collateral> collateralSources,
        Boolean emergencyAwardRequested,
        @Valid Advocate advocate,
        @Valid Demographics demographics) {

    /** Rules across fields, then the domain form. Every broken rule is reported at once. */
    ClaimApplication toApplication() {
        List<FieldError> errors = new ArrayList<>();
        if (applicantRole != ApplicantRole.VICTIM && victim == null) {
            errors.add(new FieldError("victim", "is required when the applicant is not the victim"));
        }
        if (applicantRole == ApplicantRole.VICTIM && victim != null) {
            errors.add(new FieldError("victim", "is only for an applicant who is not the victim"));
        }
        if (advocate != null && !advocate.consentOnFile()) {
            errors.add(new FieldError("advocate.consentOnFile", "an advocate may file only with the survivor's consent"));
        }
        for (int i = 0; i < expenses.size(); i++) {
            Expense e = expenses.get(i);
            if (e.payee() == Payee.PROVIDER && (e.providerName() == null || e.providerName().isBlank())) {
                errors.add(new FieldError("expenses[" + i + "].providerName", "is required when the provider is paid"));
            }
        }
        if (crime.occurredUntil() != null && crime.occurredOn() != null
                && crime.firstDay(crime.occurredUntil()).isBefore(crime.firstDay(crime.occurredOn()))) {
            errors.add(new FieldError("crime.occurredUntil", "must not be before occurredOn"));
        }
        if (crime.subType() != null && crime.type() != null && crime.subType().type() != crime.type()) {
            errors.add(new FieldError("crime.subType", "must be a sub-type of " + crime.type() + " ("
                    + String.join(", ", java.util.Arrays.stream(CrimeSubType.values()).filter(t -> t.type() == crime.type())
                    .map(Enum::name).toList()) + ") or left out"));
        }
        if (demographics != null && demographics.raceEthnicity() != null && demographics.raceEthnicity().size() > 1
                && demographics.raceEthnicity().contains(RaceEthnicity.PREFER_NOT_TO_SAY)) {
            errors.add(new FieldError("demographics.raceEthnicity", "PREFER_NOT_TO_SAY is an answer on its own"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ClaimApplication(
                new ClaimApplication.Applicant(applicant.firstName(), applicant.lastName(), applicant.dateOfBirth(),
                        applicant.preferredLanguage(), applicant.email(), applicant.phone(),
                        applicant.mailingAddress() == null ? null : new ClaimApplication.MailingAddress(
                                applicant.mailingAddress().line1(), applicant.mailingAddress().line2(),
                                applicant.mailingAddress().city(), applicant.mailingAddress().state(),
                                applicant.mailingAddress().postalCode()),
                        applicant.acpParticipantCode(),
                        applicant.safeContact().toDomain()),
                applicantRole,
                victim == null ? null : new ClaimApplication.Person(victim.firstName(), victim.lastName(), victim.dateOfBirth()),
                new ClaimApplication.Crime(crime.type(), crime.firstDay(crime.occurredOn()), crime.county(), crime.state(),
                        crime.description(), crime.reportedToPolice(), crime.flags(), crime.precision(),
                        crime.occurredUntil() == null ? null : crime.firstDay(crime.occurredUntil()), crime.subType()),
                new ClaimApplication.Verification(verification.source(), verification.providerName(), verification.contact()),
                expenses.stream().map(e -> new ClaimApplication.Expense(e.category(), e.amount(), e.payee(),
                        e.providerName(), e.incurredOn())).toList(),
                collateralSources == null ? List.of() : collateralSources.stream()
                        .map(c -> new ClaimApplication.CollateralSource(c.kind(), c.amount())).toList(),
                Boolean.TRUE.equals(emergencyAwardRequested),
                advocate == null ? null : new ClaimApplication.Advocate(advocate.name(), advocate.organization(),
                        advocate.consentOnFile()),
                demographics == null ? null : new ClaimApplication.Demographics(demographics.genderIdentity(),
                        demographics.raceEthnicity()));
    }

    record Applicant(@NotBlank @Size(max = 100) @PlainText String firstName,
                     @NotBlank @Size(max = 100) @PlainText String lastName,
                     @NotNull @BirthDate LocalDate dateOfBirth,
                     @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be a language code like \"en\" or \"es\"") String preferredLanguage,
                     @Email @Size(max = 254) @PlainText String email,
                     @Size(max = 40) @Pattern(regexp = "[0-9+() .-]*", message = "must be a phone number") String phone,
                     @Valid MailingAddress mailingAddress,
                     @Size(max = 40) @PlainText String acpParticipantCode,
                     @NotNull @Valid SafeContact safeContact) {
    }

    record MailingAddress(@NotBlank @Size(max = 200) @PlainText String line1,
                          @Size(max = 200) @PlainText String line2,
                          @NotBlank @Size(max = 100) @PlainText String city,
                          @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
                          @NotNull @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a ZIP code") String postalCode) {
    }

    /**
     * Added to 4.1's object, both optional and false when left out: {@code text}, text messages are safe
     * ({@code phone} is calls only); {@code discreet}, messages never name the program.
     */
    record SafeContact(@NotNull Boolean mail, @NotNull Boolean phone, @NotNull Boolean voicemail, @NotNull Boolean email,
                       Boolean text, Boolean discreet) {

        SafeContact(Boolean mail, Boolean phone, Boolean voicemail, Boolean email) {
            this(mail, phone, voicemail, email, null, null);
        }

        static SafeContact of(ClaimApplication.SafeContact safe) {
            return new SafeContact(safe.mail(), safe.phone(), safe.voicemail(), safe.email(), safe.text(), safe.discreet());
        }

        ClaimApplication.SafeContact toDomain() {
            return new ClaimApplication.SafeContact(mail, phone, voicemail, email, Boolean.TRUE.equals(text),
                    Boolean.TRUE.equals(discreet));
        }

        /** A change of the choices: the two optional answers left out keep what the survivor said before. */
        ClaimApplication.SafeContact replacing(ClaimApplication.SafeContact before) {
            return new ClaimApplication.SafeContact(mail, phone, voicemail, email,
                    text == null ? before.text() : text, discreet == null ? before.discreet() : discreet);
        }
    }

    record Person(@NotBlank @Size(max = 100) @PlainText String firstName,
                  @NotBlank @Size(max = 100) @PlainText String lastName,
                  @NotNull @BirthDate LocalDate dateOfBirth) {
    }

    record Crime(@NotNull CrimeType type,
                 @NotNull @PastOrPresent LocalDate occurredOn,
                 @Size(max = 100) @PlainText String county,
                 @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
                 @Size(max = 5000) @PlainText(multiline = true) String description,
                 Boolean reportedToPolice,
                 @Size(max = 5) Set<@NotNull CrimeFlag> flags,
                 DatePrecision occurredOnPrecision,
                 @PastOrPresent LocalDate occurredUntil,
                 CrimeSubType subType) {

        /** Optional, for clients written before approximate dates: a date known to the day. */
        DatePrecision precision() {
            return occurredOnPrecision == null ? DatePrecision.DAY : occurredOnPrecision;
        }

        /** A month or a year is kept as its first day, whichever day of it a client sent. */
        LocalDate firstDay(LocalDate date) {
            return switch (precision()) {
                case DAY -> date;
                case MONTH -> date.withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
            };
        }
    }

    record Verification(@NotNull VerificationSource source,
                        @Size(max = 200) @PlainText String providerName,
                        @Size(max = 200) @PlainText String contact) {
    }

    record Expense(@NotNull ExpenseCategory category,
                   @NotNull Money amount,
                   @NotNull Payee payee,
                   @Size(max = 200) @PlainText String providerName,
                   @PastOrPresent LocalDate incurredOn) {
    }

    record Collateral(@NotNull CollateralKind kind, @NotNull Money amount) {
    }

    record Advocate(@NotBlank @Size(max = 200) @PlainText String name,
                    @NotBlank @Size(max = 200) @PlainText String organization,
                    @NotNull Boolean consentOnFile) {
    }

    /** Closed lists only: free text here could identify a person and would reach the funder report. */
    record Demographics(GenderIdentity genderIdentity,
                        @Size(max = 8) Set<@NotNull RaceEthnicity> raceEthnicity) {
    }
}
