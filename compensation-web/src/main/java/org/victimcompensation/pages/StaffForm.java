package org.victimcompensation.pages;

import org.springframework.ui.Model;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A posted staff-console form read field by field: each wrong answer is kept as a message key
 * against its field, so the page comes back with every problem beside its field and the answers as
 * typed (the {@code text} and {@code dropdown} fragments of fragments/form.html read both).
 */
public final class StaffForm {

    private final Map<String, String> answers;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public StaffForm(Map<String, String> answers) {
        this.answers = answers;
    }

    /** A blank form, for the page before anything is posted. */
    public static StaffForm blank() {
        return new StaffForm(Map.of());
    }

    /** Required text of at most {@code max} characters, stripped; null (with the field's error) otherwise. */
    public String text(String field, int max) {
        String value = answer(field);
        if (value == null) {
            return error(field, "staff.form.error.required");
        }
        if (value.length() > max || value.codePoints().anyMatch(c -> PlainText.Check.refused(c, false))) {
            return error(field, "staff.form.error.text");
        }
        return value;
    }

    /** Optional text: null when left blank. */
    public String optional(String field) {
        return answer(field);
    }

    /** A day written as 2026-10-01. */
    public LocalDate date(String field) {
        String value = answer(field);
        if (value == null) {
            return error(field, "staff.form.error.required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return error(field, "staff.form.error.date");
        }
    }

    /** An amount in dollars, more than zero: 1234.50, $1,234.50. */
    public Money money(String field) {
        String value = answer(field);
        if (value == null) {
            return error(field, "staff.form.error.required");
        }
        try {
            Money amount = Money.parse(value.replace(",", "").replace("$", ""));
            return amount.isZero() ? error(field, "staff.form.error.amount") : amount;
        } catch (IllegalArgumentException e) {
            return error(field, "staff.form.error.amount");
        }
    }

    /** A federal fiscal year, 2000 to 2200. */
    public Integer fiscalYear(String field) {
        String value = answer(field);
        if (value == null) {
            return error(field, "staff.form.error.required");
        }
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < 2000 || Integer.parseInt(value) > 2200) {
            return error(field, "staff.form.error.fiscalYear");
        }
        return Integer.valueOf(value);
    }

    /** One of a closed list; {@code required} false: null when left blank. */
    public <E extends Enum<E>> E choice(Class<E> type, String field, boolean required) {
        String value = answer(field);
        if (value == null) {
            return required ? error(field, "staff.form.error.choose") : null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseGet(() -> error(field, "staff.form.error.choose"));
    }

    /** Marks a field wrong (the first problem found for it stays); answers null for use in a return. */
    public <T> T error(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return null;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Puts the answers and the problems on the page. */
    public void show(Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
    }

    private String answer(String field) {
        String value = answers.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
