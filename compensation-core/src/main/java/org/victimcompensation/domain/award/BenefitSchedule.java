package org.victimcompensation.domain.award;

import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Caps, thresholds and windows in force from a date on. A claim is judged by the schedule in
 * force on the crime date, so a new schedule never changes the rules for older crimes.
 */
public record BenefitSchedule(
        String name,
        LocalDate effectiveFrom,
        Money overallCap,
        Map<ExpenseCategory, Money> categoryCaps,
        Money emergencyAwardMax,
        Money supervisorApprovalAbove,
        Period filingWindow,
        int minorFilingUntilAge,
        Period appealWindow,
        int emergencyDueBusinessDays) {

    public BenefitSchedule {
        categoryCaps = categoryCaps.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(categoryCaps));
    }

    /** PRODUCT.md section 3: modelled on California's published figures. */
    public static BenefitSchedule defaultSchedule() {
        return new BenefitSchedule("default", LocalDate.of(1900, 1, 1), Money.dollars(70_000),
                Map.of(ExpenseCategory.FUNERAL_BURIAL, Money.dollars(7_500),
                        ExpenseCategory.MENTAL_HEALTH, Money.dollars(10_000),
                        ExpenseCategory.RELOCATION, Money.dollars(2_000),
                        ExpenseCategory.CRIME_SCENE_CLEANUP, Money.dollars(1_000),
                        ExpenseCategory.RESIDENTIAL_SECURITY, Money.dollars(1_000)),
                Money.dollars(2_500), Money.dollars(10_000), Period.ofYears(7), 28, Period.ofDays(45), 2);
    }

    public Optional<Money> capFor(ExpenseCategory category) {
        return Optional.ofNullable(categoryCaps.get(category));
    }

    /** The category cap, or the overall cap where the category has none of its own. */
    public Money effectiveCapFor(ExpenseCategory category) {
        return capFor(category).map(c -> c.min(overallCap)).orElse(overallCap);
    }

    /** An emergency award is capped by the emergency maximum and by the category's own cap. */
    public Money emergencyLimitFor(ExpenseCategory category) {
        return emergencyAwardMax.min(effectiveCapFor(category));
    }

    /**
     * Whether the claim is filed inside the window: years from the crime, or for a victim who was
     * a minor, until they reach the given age, whichever is later. A late claim is never denied for
     * that alone: it goes to a person who may accept good cause.
     */
    public boolean isWithinFilingWindow(LocalDate crimeDate, LocalDate victimBirthDate, LocalDate filedOn) {
        LocalDate deadline = crimeDate.plus(filingWindow);
        if (victimBirthDate != null && victimBirthDate.plusYears(18).isAfter(crimeDate)) {
            LocalDate minorDeadline = victimBirthDate.plusYears(minorFilingUntilAge);
            if (minorDeadline.isAfter(deadline)) {
                deadline = minorDeadline;
            }
        }
        return !filedOn.isAfter(deadline);
    }
}
