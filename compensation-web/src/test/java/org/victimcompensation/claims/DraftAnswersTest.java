package org.victimcompensation.claims;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.RaceEthnicity;

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
        answers.put("dateOfBirth", "0001-01-01");
        answers.put("applicantRole", "FAMILY_MEMBER");
        answers.put("victimFirstName", "Rosa");
        answers.put("victimLastName", "Example");
        answers.put("victimDateOfBirth", LocalDate.now().plusDays(2).toString());

        assertThat(DraftAnswers.problems(answers, VALIDATOR))
                .containsEntry("dateOfBirth", "error.dateOfBirth")
                .containsEntry("victimDateOfBirth", "error.dateOfBirth");
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

    /** Every page's answers for a claim that can be sent. */
    private static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>(Map.of(
                "firstName", "Ana", "lastName", "Example", "dateOfBirth", "1991-05-02", "preferredLanguage", "es",
                "applicantRole", "VICTIM", "safePhone", "true", "phone", "555-0142"));
        answers.putAll(Map.of("crimeType", "ASSAULT", "occurredOn", LocalDate.now().minusDays(10).toString(),
                "state", "CA", "verificationSource", "SHELTER_OR_DV_PROGRAM", "providerName", "Safe Harbor",
                "expense1Category", "RELOCATION", "expense1Amount", "2400.00", "expense1Payee", "APPLICANT"));
        return answers;
    }
}
