package org.victimcompensation.claims;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.victimcompensation.api.BirthDate;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of the web form (one flat map of field names, as the pages post them) turned into the
 * same {@link ClaimSubmissionJson} the API takes, and checked by the same rules: the pages and the
 * API cannot disagree on what a valid claim is. Errors come back per form field as message keys.
 */
final class DraftAnswers {

    static final int EXPENSE_LINES = 3;
    static final String RACE_PREFIX = "race.";

    static final Map<String, List<String>> FIELDS_BY_STEP = Map.of(
            "about-you", aboutYouFields(),
            "contact", List.of("safeMail", "safePhone", "safeVoicemail", "safeEmail", "phone", "email"),
            "what-happened", List.of("crimeType", "occurredOn", "state", "domesticViolence", "reportedToPolice",
                    "verificationSource", "providerName"),
            "costs", expenseFields());

    private final Map<String, String> answers;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Integer> expenseLines = new ArrayList<>();

    private DraftAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    /** Field name → message key of every problem in the answers given so far. */
    static Map<String, String> problems(Map<String, String> answers, Validator validator) {
        DraftAnswers draft = new DraftAnswers(answers);
        ClaimSubmissionJson submission = draft.submission();
        for (ConstraintViolation<ClaimSubmissionJson> violation : validator.validate(submission)) {
            draft.error(draft.field(violation.getPropertyPath().toString()), messageFor(violation));
        }
        if (draft.errors.isEmpty()) {
            try {
                submission.toApplication();
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> draft.error(draft.field(error.field()),
                        error.field().startsWith("victim") ? "error.victim"
                                : error.field().endsWith("providerName") ? "error.providerName"
                                : error.field().endsWith("raceEthnicity") ? "error.raceEthnicity" : "error.invalid"));
            }
        }
        return draft.errors;
    }

    /** The problems in one page's fields only, in the page's order. */
    static Map<String, String> problems(Map<String, String> answers, Validator validator, String step) {
        Map<String, String> all = problems(answers, validator);
        Map<String, String> onPage = new LinkedHashMap<>();
        for (String field : FIELDS_BY_STEP.get(step)) {
            if (all.containsKey(field)) {
                onPage.put(field, all.get(field));
            }
        }
        return onPage;
    }

    /** The claim the answers describe; call only when {@link #problems} found none. */
    static ClaimApplication application(Map<String, String> answers) {
        return new DraftAnswers(answers).submission().toApplication();
    }

    private ClaimSubmissionJson submission() {
        boolean victimGiven = !blank("victimFirstName") || !blank("victimLastName") || !blank("victimDateOfBirth");
        ApplicantRole role = enumValue(ApplicantRole.class, "applicantRole");
        return new ClaimSubmissionJson(
                new ClaimSubmissionJson.Applicant(text("firstName"), text("lastName"), date("dateOfBirth"),
                        answers.getOrDefault("preferredLanguage", "en"), text("email"), text("phone"), null, null,
                        new ClaimSubmissionJson.SafeContact(flag("safeMail"), flag("safePhone"), flag("safeVoicemail"),
                                flag("safeEmail"))),
                role,
                role != ApplicantRole.VICTIM && (victimGiven || role != null)
                        ? new ClaimSubmissionJson.Person(text("victimFirstName"), text("victimLastName"), date("victimDateOfBirth"))
                        : null,
                new ClaimSubmissionJson.Crime(enumValue(CrimeType.class, "crimeType"), date("occurredOn"), null,
                        text("state") == null ? null : text("state").toUpperCase(java.util.Locale.ROOT), null,
                        "yes".equals(answers.get("reportedToPolice")) ? Boolean.TRUE
                                : "no".equals(answers.get("reportedToPolice")) ? Boolean.FALSE : null,
                        flag("domesticViolence") ? Set.of(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE) : Set.of()),
                new ClaimSubmissionJson.Verification(enumValue(VerificationSource.class, "verificationSource"),
                        text("providerName"), null),
                expenses(), List.of(), flag("emergency"), null, demographics());
    }

    /** Optional: none when nothing was chosen; each race or ethnicity is a checkbox of its own. */
    private ClaimSubmissionJson.Demographics demographics() {
        Set<RaceEthnicity> races = EnumSet.noneOf(RaceEthnicity.class);
        for (RaceEthnicity race : RaceEthnicity.values()) {
            if (flag(RACE_PREFIX + race.name())) {
                races.add(race);
            }
        }
        GenderIdentity gender = enumValue(GenderIdentity.class, "genderIdentity");
        return gender == null && races.isEmpty() ? null
                : new ClaimSubmissionJson.Demographics(gender, races);
    }

    private List<ClaimSubmissionJson.Expense> expenses() {
        List<ClaimSubmissionJson.Expense> expenses = new ArrayList<>();
        for (int line = 1; line <= EXPENSE_LINES; line++) {
            String prefix = "expense" + line;
            if (blank(prefix + "Category") && blank(prefix + "Amount") && blank(prefix + "ProviderName")) {
                continue;
            }
            expenseLines.add(line);
            expenses.add(new ClaimSubmissionJson.Expense(enumValue(ExpenseCategory.class, prefix + "Category"),
                    money(prefix + "Amount"), enumValue(Payee.class, prefix + "Payee"), text(prefix + "ProviderName"), null));
        }
        return expenses;
    }

    /** Maps a property path of the submission ("expenses[0].amount") to the form field that holds it. */
    private String field(String path) {
        if (path.startsWith("expenses[")) {
            int index = Integer.parseInt(path.substring(9, path.indexOf(']')));
            int line = index < expenseLines.size() ? expenseLines.get(index) : 1;
            String rest = path.substring(path.indexOf(']') + 1);
            String part = rest.isEmpty() ? "Category" : Character.toUpperCase(rest.charAt(1)) + rest.substring(2);
            return "expense" + line + (part.equals("Payee") || part.equals("Amount") || part.equals("ProviderName")
                    || part.equals("Category") ? part : "Category");
        }
        return switch (path) {
            case "expenses" -> "expense1Category";
            case "applicant.firstName" -> "firstName";
            case "applicant.lastName" -> "lastName";
            case "applicant.dateOfBirth" -> "dateOfBirth";
            case "applicant.preferredLanguage" -> "preferredLanguage";
            case "applicant.email" -> "email";
            case "applicant.phone" -> "phone";
            case "victim", "victim.firstName" -> "victimFirstName";
            case "victim.lastName" -> "victimLastName";
            case "victim.dateOfBirth" -> "victimDateOfBirth";
            case "crime.type" -> "crimeType";
            case "crime.occurredOn" -> "occurredOn";
            case "crime.state" -> "state";
            case "verification.source" -> "verificationSource";
            case "verification.providerName" -> "providerName";
            case "demographics.genderIdentity" -> "genderIdentity";
            case "demographics.raceEthnicity" -> RACE_PREFIX + RaceEthnicity.PREFER_NOT_TO_SAY.name();
            default -> path;
        };
    }

    private void error(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    private static String messageFor(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotNull.class || constraint == NotBlank.class) {
            return violation.getPropertyPath().toString().equals("expenses") ? "error.expenses" : "error.required";
        }
        if (constraint == BirthDate.class) {
            return "error.dateOfBirth";
        }
        if (constraint == PlainText.class) {
            return "error.plainText";
        }
        return violation.getPropertyPath().toString().equals("expenses") ? "error.expenses" : "error.invalid";
    }

    private boolean blank(String name) {
        return text(name) == null;
    }

    private String text(String name) {
        String value = answers.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private boolean flag(String name) {
        return "true".equals(answers.get(name));
    }

    private LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            error(name, "error.date");
            return null;
        }
    }

    private Money money(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Money.parse(value.replace(",", "").replace("$", ""));
        } catch (IllegalArgumentException e) {
            error(name, "error.amount");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(name, "error.invalid");
            return null;
        }
    }

    private static List<String> aboutYouFields() {
        List<String> fields = new ArrayList<>(List.of("firstName", "lastName", "dateOfBirth", "preferredLanguage",
                "applicantRole", "victimFirstName", "victimLastName", "victimDateOfBirth", "genderIdentity"));
        for (RaceEthnicity race : RaceEthnicity.values()) {
            fields.add(RACE_PREFIX + race.name());
        }
        return fields;
    }

    private static List<String> expenseFields() {
        List<String> fields = new ArrayList<>();
        for (int line = 1; line <= EXPENSE_LINES; line++) {
            for (String part : List.of("Category", "Amount", "Payee", "ProviderName")) {
                fields.add("expense" + line + part);
            }
        }
        fields.add("emergency");
        return fields;
    }
}
