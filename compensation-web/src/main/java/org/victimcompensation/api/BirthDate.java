package org.victimcompensation.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date of birth a living person can have: not in the future and at most {@value Check#OLDEST_YEARS}
 * years ago. Anything else is a typing slip (0001-01-01) that would put the victim in a wrong age band.
 */
@Documented
@Constraint(validatedBy = BirthDate.Check.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface BirthDate {

    String message() default "must be a date of birth not in the future and at most " + Check.OLDEST_YEARS + " years ago";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<BirthDate, LocalDate> {

        static final int OLDEST_YEARS = 130;

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !value.isAfter(today) && !value.isBefore(today.minusYears(OLDEST_YEARS));
        }
    }
}
