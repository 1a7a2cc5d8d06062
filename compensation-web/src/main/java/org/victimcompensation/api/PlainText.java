package org.victimcompensation.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text a person typed: no control characters (a multi-line field may hold line breaks and tabs), no
 * bidirectional overrides or isolates, no zero-width characters. These can hide or reorder what staff
 * read on screen, in letters and in files ("Trojan Source"), and no honest answer needs them.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters, invisible characters or text-direction overrides";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For descriptions and notes: line breaks and tabs are allowed. */
    boolean multiline() default false;

    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.codePoints().noneMatch(c -> refused(c, multiline));
        }

        /** True for a character {@link PlainText} refuses; for text taken as it comes, such as file names, to drop. */
        public static boolean refused(int codePoint, boolean multiline) {
            if (Character.getType(codePoint) == Character.CONTROL) {
                return !(multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t'));
            }
            return (codePoint >= 0x202A && codePoint <= 0x202E) // embeddings and overrides
                    || (codePoint >= 0x2066 && codePoint <= 0x2069) // isolates
                    || (codePoint >= 0x200B && codePoint <= 0x200D) // zero-width space, non-joiner, joiner
                    || codePoint == 0x2060 || codePoint == 0xFEFF; // word joiner, zero-width no-break space
        }
    }
}
