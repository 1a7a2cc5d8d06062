package org.victimcompensation.claims;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DatePrecision;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The application pages check answers by the API's rules, and say which answer to fix. */
class DraftAnswersTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void completeAnswersHaveNoProblems() {
        assertThat(DraftAnswers.problems(answers(), VALIDATOR)).isEmpty();
    }

    @Test
    void aBirthDateOutsideALifetimeIsRefused() {
        Map<String, String> answers = answers();
        answers.put("dateOfBirthYear", "1850");
        answers.put("applicantRole", "FAMILY_MEMBER");
        answers.put("victimFirstName", "Rosa");
        answers.put("victimLastName", "Example");
        LocalDate future = LocalDate.now().plusDays(2);
        answers.putAll(Map.of("victimDateOfBirthMonth", String.valueOf(future.getMonthValue()),
                "victimDateOfBirthDay", String.valueOf(future.getDayOfMonth()),
                "victimDateOfBirthYear", String.valueOf(future.getYear())));

        assertThat(DraftAnswers.problems(answers, VALIDATOR))
                .containsEntry("dateOfBirth", "error.birthDate.notReal")
                .containsEntry("victimDateOfBirth", "error.birthDate.notReal");
    }

    @Test
    void hiddenCharactersInAnAnswerAreNamed() {
        Map<String, String> answers = answers();
        answers.put("firstName", "Ana" + Character.toString(0x202E));
        answers.put("providerName", "Safe" + Character.toString(0x200D) + " Harbor");
        answers.put("expense1ProviderName", "Clinic" + Character.toString(0x001B));

        assertThat(DraftAnswers.problems(answers, VALIDATOR))
                .containsEntry("firstName", "error.plainText")
                .containsEntry("providerName", "error.plainText")
                .containsEntry("expense1ProviderName", "error.plainText");
    }

    @Test
    void demographicsArePickedFromTheListsOrLeftOut() {
        assertThat(DraftAnswers.application(answers()).demographics()).isNull();

        Map<String, String> answers = answers();
        answers.put("genderIdentity", "NON_BINARY");
        answers.put("race.ASIAN", "true");
        answers.put("race.WHITE", "true");
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).isEmpty();
        assertThat(DraftAnswers.application(answers).demographics()).isEqualTo(new ClaimApplication.Demographics(
                GenderIdentity.NON_BINARY, Set.of(RaceEthnicity.ASIAN, RaceEthnicity.WHITE)));
    }

    @Test
    void aGenderNotOnTheListOrPreferNotToSayBesideAnAnswerIsRefusedOnItsPage() {
        Map<String, String> answers = answers();
        answers.put("genderIdentity", "Woman");
        answers.put("race.PREFER_NOT_TO_SAY", "true");
        answers.put("race.HISPANIC_LATINO", "true");

        assertThat(DraftAnswers.problems(answers, VALIDATOR, "about-you"))
                .containsEntry("genderIdentity", "error.invalid");
        answers.put("genderIdentity", "WOMAN");
        assertThat(DraftAnswers.problems(answers, VALIDATOR, "about-you"))
                .containsExactly(Map.entry("race.PREFER_NOT_TO_SAY", "error.raceEthnicity"));
    }

    @Test
    void everyEmptyAnswerSaysWhatToDo() {
        Map<String, String> answers = new HashMap<>(Map.of("applicantRole", "FAMILY_MEMBER", "safeMail", "true",
                "safeEmail", "true", "expense1Amount", "12.00", "preferredLanguage", "en"));
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("firstName", "error.required.firstName"),
                Map.entry("dateOfBirth", "error.required.dateOfBirth"),
                Map.entry("victimFirstName", "error.required.victimFirstName"),
                Map.entry("victimDateOfBirth", "error.required.victimDateOfBirth"),
                Map.entry("email", "error.required.email"),
                Map.entry("addressLine1", "error.required.addressLine1"),
                Map.entry("addressPostalCode", "error.required.addressPostalCode"),
                Map.entry("crimeType", "error.required.crimeType"),
                Map.entry("occurredOn", "error.required.occurredOn"),
                Map.entry("verificationSource", "error.required.verificationSource"),
                Map.entry("expense1Category", "error.required.expenseCategory"),
                Map.entry("expense1Payee", "error.required.expensePayee")));
    }

    @Test
    void aBirthDateNeedsAllThreePartsAndACrimeDateItsDayOnlyWhenKnown() {
        Map<String, String> answers = answers();
        answers.remove("dateOfBirthDay");
        answers.remove("occurredOnDay");
        assertThat(DraftAnswers.problems(answers, VALIDATOR))
                .containsEntry("dateOfBirth", "error.birthDate.incomplete")
                .containsEntry("occurredOn", "error.crimeDate.incomplete");

        answers.put("dateOfBirthDay", "31");
        answers.put("dateOfBirthMonth", "2");
        answers.put("dayUnknown", "true");
        assertThat(DraftAnswers.problems(answers, VALIDATOR))
                .containsExactly(Map.entry("dateOfBirth", "error.birthDate.notReal"));
    }

    /** The month and year, a period, or only the years: sent as the API's approximate crime dates. */
    @Test
    void anApproximateCrimeDateOrAPeriodIsSentWithItsPrecision() {
        Map<String, String> answers = answers();
        answers.putAll(Map.of("occurredOnMonth", "3", "occurredOnDay", "17", "occurredOnYear", "2019",
                "overPeriod", "true", "occurredUntilMonth", "11", "occurredUntilYear", "2024"));
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).isEmpty();
        ClaimApplication.Crime crime = DraftAnswers.application(answers).crime();
        assertThat(crime.occurredOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(crime.occurredOnPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(crime.occurredUntil()).isEqualTo(LocalDate.of(2024, 11, 1));

        answers.remove("occurredOnMonth");
        answers.remove("occurredUntilMonth");
        crime = DraftAnswers.application(answers).crime();
        assertThat(crime.occurredOn()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(crime.occurredOnPrecision()).isEqualTo(DatePrecision.YEAR);

        answers.put("occurredUntilYear", "2018");
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).containsExactly(Map.entry("occurredUntil", "error.crimeDate.until"));
        answers.remove("occurredUntilYear");
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).containsExactly(Map.entry("occurredUntil", "error.crimeDate.untilMissing"));
    }

    @Test
    void notSureIsSentAsAnotherCrimeAndNoOneYetAsItself() {
        Map<String, String> answers = answers();
        answers.put("crimeType", DraftAnswers.NOT_SURE);
        answers.put("verificationSource", "NOT_YET");
        answers.remove("providerName");
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).isEmpty();
        assertThat(DraftAnswers.application(answers).crime().type()).isEqualTo(CrimeType.OTHER);
        assertThat(DraftAnswers.application(answers).verification().source()).isEqualTo(VerificationSource.NOT_YET);
    }

    @Test
    void mailNeedsAnAddressWhichMayBeAnAddressConfidentialityProgramOne() {
        Map<String, String> answers = answers();
        answers.putAll(Map.of("safeMail", "true", "addressLine1", "PO Box 1234", "addressCity", "Sacramento",
                "addressState", "CA", "addressPostalCode", "9581", "acpCode", "ACP-00417"));
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).containsExactly(Map.entry("addressPostalCode", "error.addressPostalCode"));
        answers.put("addressPostalCode", "95812");
        ClaimApplication.Applicant applicant = DraftAnswers.application(answers).applicant();
        assertThat(applicant.mailingAddress()).isEqualTo(new ClaimApplication.MailingAddress("PO Box 1234", null,
                "Sacramento", "CA", "95812"));
        assertThat(applicant.acpParticipantCode()).isEqualTo("ACP-00417");
    }

    @Test
    void callsTextsAndDiscretionAreEachTheirOwnAnswer() {
        assertThat(DraftAnswers.application(answers()).applicant().safeContact())
                .isEqualTo(new ClaimApplication.SafeContact(false, true, false, false, false, false));
        Map<String, String> answers = answers();
        answers.putAll(Map.of("safeText", "true", "discreet", "true"));
        assertThat(DraftAnswers.application(answers).applicant().safeContact())
                .isEqualTo(new ClaimApplication.SafeContact(false, true, false, false, true, true));
    }

    @Test
    void aTextMessageNeedsANumberLikeACallDoes() {
        Map<String, String> answers = answers();
        answers.remove("safePhone");
        answers.remove("phone");
        answers.put("safeText", "true");
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).containsExactly(Map.entry("phone", "error.required.phone"));
    }

    @Test
    void theCrimesKindIsSentWhenItFitsAndNotSureIsNoAnswer() {
        Map<String, String> answers = answers();
        answers.putAll(Map.of("crimeType", "CHILD_ABUSE", "crimeSubType", "CHILD_SEXUAL_ABUSE"));
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).isEmpty();
        assertThat(DraftAnswers.application(answers).crime().subType()).isEqualTo(CrimeSubType.CHILD_SEXUAL_ABUSE);

        answers.put("crimeSubType", DraftAnswers.NOT_SURE);
        assertThat(DraftAnswers.problems(answers, VALIDATOR)).isEmpty();
        assertThat(DraftAnswers.application(answers).crime().subType()).isNull();

        answers.putAll(Map.of("crimeType", "ASSAULT", "crimeSubType", "LABOR_TRAFFICKING"));
        assertThat(DraftAnswers.problems(answers, VALIDATOR, "what-happened"))
                .containsExactly(Map.entry("crimeSubType", "error.crimeSubType"));
    }

    /** Every page's answers for a claim that can be sent. */
    private static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>(Map.of(
                "firstName", "Ana", "lastName", "Example", "dateOfBirthMonth", "5", "dateOfBirthDay", "2",
                "dateOfBirthYear", "1991", "preferredLanguage", "es", "applicantRole", "VICTIM", "safePhone", "true",
                "phone", "555-0142"));
        LocalDate crime = LocalDate.now().minusDays(10);
        answers.putAll(Map.of("crimeType", "ASSAULT", "occurredOnMonth", String.valueOf(crime.getMonthValue()),
                "occurredOnDay", String.valueOf(crime.getDayOfMonth()), "occurredOnYear", String.valueOf(crime.getYear()),
                "state", "CA", "verificationSource", "SHELTER_OR_DV_PROGRAM", "providerName", "Safe Harbor",
                "expense1Category", "RELOCATION", "expense1Amount", "2400.00"));
        answers.put("expense1Payee", "APPLICANT");
        return answers;
    }
}
