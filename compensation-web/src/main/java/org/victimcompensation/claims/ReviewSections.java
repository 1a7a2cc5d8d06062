package org.victimcompensation.claims;

import org.springframework.context.MessageSource;
import org.victimcompensation.domain.claim.DatePrecision;
import org.victimcompensation.domain.claim.RaceEthnicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The check-answers page: every answer as the survivor gave it, in words in their language, grouped
 * as it was asked; each with a link to change it that comes back here.
 */
final class ReviewSections {

    /** One answer: the field it came from (the Change link goes to it), its question and the answer in words. */
    record Item(String field, String label, String value) {
    }

    record Section(String heading, String step, List<Item> items) {
    }

    private final Map<String, String> answers;
    private final MessageSource messages;
    private final Locale locale;

    private ReviewSections(Map<String, String> answers, MessageSource messages, Locale locale) {
        this.answers = answers;
        this.messages = messages;
        this.locale = locale;
    }

    static List<Section> of(Map<String, String> answers, MessageSource messages, Locale locale) {
        return new ReviewSections(answers, messages, locale).sections();
    }

    private List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        List<Item> about = new ArrayList<>(List.of(
                item("applicantRole", "apply.about.role", chosen("applicantRole", "apply.about.role.")),
                item("firstName", "apply.about.firstName", answers.get("firstName")),
                item("lastName", "apply.about.lastName", answers.get("lastName")),
                item("dateOfBirth", "apply.about.dateOfBirth", birthDate("dateOfBirth")),
                item("preferredLanguage-en", "apply.about.language",
                        "es".equals(answers.get("preferredLanguage")) ? "Español" : "English")));
        if (!"VICTIM".equals(answers.get("applicantRole"))) {
            about.add(item("victimFirstName", "apply.about.victimFirstName", answers.get("victimFirstName")));
            about.add(item("victimLastName", "apply.about.victimLastName", answers.get("victimLastName")));
            about.add(item("victimDateOfBirth", "apply.about.victimDateOfBirth", birthDate("victimDateOfBirth")));
        }
        about.add(item("genderIdentity", "apply.about.gender", chosen("genderIdentity", "apply.about.gender.")));
        about.add(item(DraftAnswers.RACE_PREFIX + RaceEthnicity.values()[0].name(), "apply.about.race", races()));
        sections.add(new Section("apply.step.about", "about-you", about));

        sections.add(new Section("apply.step.contact", "contact", List.of(
                item("safeMail", "apply.contact.safe", safeWays()),
                item("discreet", "status.safeContact.discreet", yesNo("discreet")),
                item("phone", "apply.contact.phoneNumber", answers.get("phone")),
                item("email", "apply.contact.emailAddress", answers.get("email")),
                item("addressLine1", "apply.contact.address", address()),
                item("acpCode", "apply.contact.acpCode", answers.get("acpCode")))));

        sections.add(new Section("apply.step.crime", "what-happened", List.of(
                item("crimeType", "apply.crime.type", chosen("crimeType", "crime.")),
                item("crimeSubType", "apply.crime.subType", chosen("crimeSubType", "crimeSubType.")),
                item("occurredOn", "apply.crime.occurredOn", crimeDate()),
                item("state", "apply.crime.state", chosen("state", "usState.")),
                item("domesticViolence", "apply.crime.dv.question", yesNo("domesticViolence")),
                item("verificationSource", "apply.crime.verification", chosen("verificationSource", "verification.")),
                item("providerName", "apply.crime.providerName", answers.get("providerName")),
                item("reported-yes", "apply.crime.reported.review", reported()))));

        List<Item> costs = new ArrayList<>();
        for (int line = 1; line <= DraftAnswers.EXPENSE_LINES; line++) {
            String prefix = "expense" + line;
            if (answers.get(prefix + "Category") != null || answers.get(prefix + "Amount") != null) {
                costs.add(new Item(prefix + "Category", words("apply.costs.line", line), words("apply.review.cost",
                        or(chosen(prefix + "Category", "category.")), or(answers.get(prefix + "Amount")),
                        or(chosen(prefix + "Payee", "apply.review.payee.")),
                        answers.get(prefix + "ProviderName") == null ? "" : " (" + answers.get(prefix + "ProviderName") + ")")));
            }
        }
        costs.add(item("emergency", "apply.costs.emergency.question", yesNo("emergency")));
        sections.add(new Section("apply.step.costs", "costs", costs));
        return sections;
    }

    private Item item(String field, String label, String value) {
        return new Item(field, words(label), value == null || value.isBlank() ? null : value);
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String or(String value) {
        return value == null ? words("apply.review.none") : value;
    }

    private String chosen(String field, String prefix) {
        String value = answers.get(field);
        return value == null || value.isBlank() ? null : messages.getMessage(prefix + value, null, value, locale);
    }

    private String yesNo(String field) {
        return words("true".equals(answers.get(field)) ? "form.yes" : "form.no");
    }

    private String reported() {
        String value = answers.get("reportedToPolice");
        return "yes".equals(value) ? words("form.yes") : "no".equals(value) ? words("form.no") : null;
    }

    private String races() {
        List<String> chosen = new ArrayList<>();
        for (RaceEthnicity race : RaceEthnicity.values()) {
            if ("true".equals(answers.get(DraftAnswers.RACE_PREFIX + race.name()))) {
                chosen.add(words("apply.about.race." + race.name()));
            }
        }
        return chosen.isEmpty() ? null : String.join(", ", chosen);
    }

    private String safeWays() {
        List<String> ways = new ArrayList<>();
        for (String way : List.of("Mail", "Phone", "Text", "Voicemail", "Email")) {
            if ("true".equals(answers.get("safe" + way))) {
                ways.add(words("apply.contact." + way.toLowerCase(Locale.ROOT)));
            }
        }
        return ways.isEmpty() ? words("apply.review.noSafeWay") : String.join(", ", ways);
    }

    private String address() {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("addressLine1", "addressLine2", "addressCity", "addressState", "addressPostalCode")) {
            String value = answers.get(part);
            if (value != null && !value.isBlank()) {
                parts.add(value.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String birthDate(String name) {
        LocalDate date = date(answers.get(name + "Year"), answers.get(name + "Month"), answers.get(name + "Day"));
        return date == null ? joined(name) : DatesInWords.day(date, locale);
    }

    /** The crime date as far as it is known, and when it ended if it went on over a period. */
    private String crimeDate() {
        DatePrecision precision = DraftAnswers.crimeDatePrecision(answers);
        LocalDate start = date(answers.get("occurredOnYear"), precision == DatePrecision.YEAR ? "1" : answers.get("occurredOnMonth"),
                precision == DatePrecision.DAY ? answers.get("occurredOnDay") : "1");
        if (start == null) {
            return joined("occurredOn");
        }
        String from = DatesInWords.of(start, precision, locale);
        if (!"true".equals(answers.get("overPeriod"))) {
            return from;
        }
        LocalDate end = date(answers.get("occurredUntilYear"),
                precision == DatePrecision.YEAR ? "1" : answers.get("occurredUntilMonth"), "1");
        return words("apply.review.period", from, end == null ? words("apply.review.none") : DatesInWords.of(end, precision, locale));
    }

    /** A date that cannot be read is shown as typed, so the survivor sees what to change. */
    private String joined(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("Month", "Day", "Year")) {
            String value = answers.get(name + part);
            if (value != null && !value.isBlank()) {
                parts.add(value.strip());
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static LocalDate date(String year, String month, String day) {
        Predicate<String> number = value -> value != null && value.strip().matches("\\d{1,4}");
        if (!number.test(year) || !number.test(month) || !number.test(day)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
