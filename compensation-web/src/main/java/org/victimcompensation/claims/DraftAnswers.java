package org.victimcompensation.claims;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.victimcompensation.api.BirthDate;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of the web form (one flat map of field names, as the pages post them) turned into the
 * same {@link ClaimSubmissionJson} the API takes, and checked by the same rules: the pages and the
 * API cannot disagree on what a valid claim is. Errors come back per form field as message keys that
 * say what to do about that field. A few rules only the form needs (a channel chosen as safe needs
 * its number or address) are added here.
 */
final class DraftAnswers {

    static final int EXPENSE_LINES = 3;
    static final String RACE_PREFIX = "race.";
    /** The form's "Not sure" crime type: sent as OTHER, for a caseworker to settle with the survivor. */
    static final String NOT_SURE = "NOT_SURE";

    static final Map<String, List<String>> FIELDS_BY_STEP = Map.of(
            "about-you", aboutYouFields(),
            "contact", List.of("safeMail", "safePhone", "safeText", "safeVoicemail", "safeEmail", "discreet", "phone", "email",
                    "addressLine1", "addressLine2", "addressCity", "addressState", "addressPostalCode", "acpCode"),
            "what-happened", List.of("crimeType", "crimeSubType", "occurredOnMonth", "occurredOnDay", "occurredOnYear", "dayUnknown",
                    "overPeriod", "occurredUntilMonth", "occurredUntilYear", "state", "domesticViolence",
                    "verificationSource", "providerName", "reportedToPolice"),
            "costs", expenseFields());

    /** The parts of a date (dateOfBirthMonth...) have their errors reported under the date (dateOfBirth). */
    private static final Pattern DATE_PART =
            Pattern.compile("(dateOfBirth|victimDateOfBirth|occurredOn|occurredUntil)(Month|Day|Year)");

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
        draft.formRules();
        for (ConstraintViolation<ClaimSubmissionJson> violation : validator.validate(submission)) {
            String field = draft.field(violation.getPropertyPath().toString());
            draft.error(field, messageFor(violation, field));
        }
        if (draft.errors.isEmpty()) {
            try {
                submission.toApplication();
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> draft.error(draft.field(error.field()),
                        error.field().startsWith("victim") ? "error.victim"
                                : error.field().endsWith("providerName") ? "error.providerName"
                                : error.field().endsWith("raceEthnicity") ? "error.raceEthnicity"
                                : error.field().equals("crime.occurredUntil") ? "error.crimeDate.until"
                                : error.field().equals("crime.subType") ? "error.crimeSubType" : "error.invalid"));
            }
        }
        return draft.errors;
    }

    /** The problems in one page's fields only, in the page's order. */
    static Map<String, String> problems(Map<String, String> answers, Validator validator, String step) {
        Map<String, String> all = problems(answers, validator);
        Map<String, String> onPage = new LinkedHashMap<>();
        for (String field : FIELDS_BY_STEP.get(step)) {
            String reported = reportedAs(field);
            if (all.containsKey(reported)) {
                onPage.putIfAbsent(reported, all.get(reported));
            }
        }
        return onPage;
    }

    /** The claim the answers describe; call only when {@link #problems} found none. */
    static ClaimApplication application(Map<String, String> answers) {
        return new DraftAnswers(answers).submission().toApplication();
    }

    /** How much of the crime date the survivor gave: a period or an unknown day is known to the month (or year). */
    static DatePrecision crimeDatePrecision(Map<String, String> answers) {
        boolean approximate = "true".equals(answers.get("dayUnknown")) || "true".equals(answers.get("overPeriod"));
        if (!approximate) {
            return DatePrecision.DAY;
        }
        String month = answers.get("occurredOnMonth");
        return month == null || month.isBlank() ? DatePrecision.YEAR : DatePrecision.MONTH;
    }

    private ClaimSubmissionJson submission() {
        boolean victimGiven = !blank("victimFirstName") || !blank("victimLastName") || !blank("victimDateOfBirthYear");
        ApplicantRole role = enumValue(ApplicantRole.class, "applicantRole");
        DatePrecision precision = crimeDatePrecision(answers);
        return new ClaimSubmissionJson(
                new ClaimSubmissionJson.Applicant(text("firstName"), text("lastName"), birthDate("dateOfBirth"),
                        answers.getOrDefault("preferredLanguage", "en"), text("email"), text("phone"), mailingAddress(),
                        text("acpCode"),
                        new ClaimSubmissionJson.SafeContact(flag("safeMail"), flag("safePhone"), flag("safeVoicemail"),
                                flag("safeEmail"), flag("safeText"), flag("discreet"))),
                role,
                role != ApplicantRole.VICTIM && (victimGiven || role != null)
                        ? new ClaimSubmissionJson.Person(text("victimFirstName"), text("victimLastName"),
                        birthDate("victimDateOfBirth"))
                        : null,
                new ClaimSubmissionJson.Crime(crimeType(), crimeDate(precision), null,
                        text("state") == null ? null : text("state").toUpperCase(Locale.ROOT), null,
                        "yes".equals(answers.get("reportedToPolice")) ? Boolean.TRUE
                                : "no".equals(answers.get("reportedToPolice")) ? Boolean.FALSE : null,
                        flag("domesticViolence") ? Set.of(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE) : Set.of(),
                        precision, flag("overPeriod") ? periodEnd(precision) : null, crimeSubType()),
                new ClaimSubmissionJson.Verification(enumValue(VerificationSource.class, "verificationSource"),
                        text("providerName"), null),
                expenses(), List.of(), flag("emergency"), null, demographics());
    }

    /** A way chosen as safe needs what it takes to use it. */
    private void formRules() {
        if ((flag("safePhone") || flag("safeText") || flag("safeVoicemail")) && blank("phone")) {
            error("phone", "error.required.phone");
        }
        if (flag("safeEmail") && blank("email")) {
            error("email", "error.required.email");
        }
    }

    /** Asked only when mail is safe; an address given without mail being chosen is kept too (the API allows it). */
    private ClaimSubmissionJson.MailingAddress mailingAddress() {
        boolean given = !blank("addressLine1") || !blank("addressLine2") || !blank("addressCity")
                || !blank("addressPostalCode");
        if (!given && !flag("safeMail")) {
            return null;
        }
        return new ClaimSubmissionJson.MailingAddress(text("addressLine1"), text("addressLine2"), text("addressCity"),
                text("addressState"), text("addressPostalCode"));
    }

    private CrimeType crimeType() {
        return NOT_SURE.equals(text("crimeType")) ? CrimeType.OTHER : enumValue(CrimeType.class, "crimeType");
    }

    /** Optional, and "Not sure" is no answer: the funder report then says "not specified", never a guess. */
    private CrimeSubType crimeSubType() {
        return NOT_SURE.equals(text("crimeSubType")) ? null : enumValue(CrimeSubType.class, "crimeSubType");
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
            case "applicant.acpParticipantCode" -> "acpCode";
            case "applicant.mailingAddress.line1" -> "addressLine1";
            case "applicant.mailingAddress.line2" -> "addressLine2";
            case "applicant.mailingAddress.city" -> "addressCity";
            case "applicant.mailingAddress.state" -> "addressState";
            case "applicant.mailingAddress.postalCode" -> "addressPostalCode";
            case "victim", "victim.firstName" -> "victimFirstName";
            case "victim.lastName" -> "victimLastName";
            case "victim.dateOfBirth" -> "victimDateOfBirth";
            case "crime.type" -> "crimeType";
            case "crime.subType" -> "crimeSubType";
            case "crime.occurredOn" -> "occurredOn";
            case "crime.occurredUntil" -> "occurredUntil";
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

    /** What to do about this field, in words (GOV.UK error messages): the constraint and the field decide. */
    private static String messageFor(ConstraintViolation<?> violation, String field) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String kind = field.matches("expense\\d.*") ? "expense" + field.substring(8) : field;
        if (constraint == NotNull.class || constraint == NotBlank.class) {
            return field.equals("expense1Category") && violation.getPropertyPath().toString().equals("expenses")
                    ? "error.expenses" : "error.required." + kind;
        }
        if (constraint == BirthDate.class) {
            return "error.birthDate.notReal";
        }
        if (constraint == PastOrPresent.class) {
            return field.equals("occurredUntil") ? "error.crimeDate.until" : "error.crimeDate.notReal";
        }
        if (constraint == PlainText.class) {
            return "error.plainText";
        }
        if (constraint == Email.class) {
            return "error.email";
        }
        if (constraint == Size.class) {
            return violation.getPropertyPath().toString().equals("expenses") ? "error.expenses" : "error.tooLong";
        }
        if (constraint == jakarta.validation.constraints.Pattern.class && (kind.equals("phone") || kind.equals("addressPostalCode"))) {
            return "error." + kind;
        }
        return "error.invalid";
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

    /** A memorable date: month, day and year, each in its own field. */
    private LocalDate birthDate(String name) {
        Integer month = number(name + "Month");
        Integer day = number(name + "Day");
        Integer year = number(name + "Year");
        if (month == null && day == null && year == null) {
            return null; // reported as required by the API's rules
        }
        if (month == null || day == null || year == null) {
            error(name, "error.birthDate.incomplete");
            return null;
        }
        return date(name, year, month, day, "error.birthDate.notReal");
    }

    /** The crime date as far as it is known: the first day of its month or year when that is all there is. */
    private LocalDate crimeDate(DatePrecision precision) {
        Integer year = number("occurredOnYear");
        Integer month = number("occurredOnMonth");
        Integer day = number("occurredOnDay");
        if (year == null && month == null && day == null) {
            return null;
        }
        if (year == null || (precision == DatePrecision.DAY && (month == null || day == null))) {
            error("occurredOn", "error.crimeDate.incomplete");
            return null;
        }
        return date("occurredOn", year, month == null ? 1 : month, precision == DatePrecision.DAY ? day : 1,
                "error.crimeDate.notReal");
    }

    private LocalDate periodEnd(DatePrecision precision) {
        Integer year = number("occurredUntilYear");
        Integer month = number("occurredUntilMonth");
        if (year == null || (precision == DatePrecision.MONTH && month == null)) {
            error("occurredUntil", "error.crimeDate.untilMissing");
            return null;
        }
        return date("occurredUntil", year, precision == DatePrecision.YEAR || month == null ? 1 : month, 1,
                "error.crimeDate.until");
    }

    private LocalDate date(String name, int year, int month, int day, String notReal) {
        if (year < 1900) { // a year typed with two digits, or a slip: no claim goes back that far
            error(name, notReal);
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            error(name, notReal);
            return null;
        }
    }

    /** A part of a date as typed; anything but digits is not a date, reported under the date's name. */
    private Integer number(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            error(reportedAs(name), name.startsWith("occurred") ? "error.crimeDate.notReal"
                    : "error.birthDate.notReal");
            return null;
        }
        return Integer.valueOf(value);
    }

    private static String reportedAs(String field) {
        Matcher part = DATE_PART.matcher(field);
        return part.matches() ? part.group(1) : field;
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
        List<String> fields = new ArrayList<>(List.of("firstName", "lastName", "dateOfBirthMonth", "dateOfBirthDay",
                "dateOfBirthYear", "preferredLanguage", "applicantRole", "victimFirstName", "victimLastName",
                "victimDateOfBirthMonth", "victimDateOfBirthDay", "victimDateOfBirthYear", "genderIdentity"));
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
