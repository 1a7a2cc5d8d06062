package org.victimcompensation.domain.fairprocess;

import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DenialReason;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The program's fair-process rules from a date on, versioned like the benefit schedule but applied
 * on the day of the act (a denial, a reopening), not the crime date: these rules protect people, so a
 * new version protects every open claim at once. Each refusal says why in words.
 */
public record FairProcessRules(
        String name,
        LocalDate effectiveFrom,
        int conductRationaleMinLength,
        Set<CrimeType> conductExcludedCrimeTypes,
        Set<CrimeFlag> conductExcludedFlags,
        Period reopenWithin) {

    public FairProcessRules {
        conductExcludedCrimeTypes = conductExcludedCrimeTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conductExcludedCrimeTypes));
        conductExcludedFlags = conductExcludedFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conductExcludedFlags));
    }

    /** The defaults the survivors' agenda asks for (the seeded version in the database is the same). */
    public static FairProcessRules defaults() {
        return new FairProcessRules("default", LocalDate.of(1900, 1, 1), 100,
                EnumSet.of(CrimeType.SEXUAL_ASSAULT, CrimeType.HUMAN_TRAFFICKING, CrimeType.CHILD_ABUSE),
                EnumSet.of(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE), Period.ofYears(1));
    }

    /** The version in force on a date. */
    public static FairProcessRules inForceOn(List<FairProcessRules> versions, LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(FairProcessRules::effectiveFrom))
                .orElseThrow(() -> new IllegalArgumentException("no fair-process rules in force on " + date));
    }

    /** Why this denial may not be made, in words for the caseworker; empty when the rules allow it. */
    public Optional<String> refusal(DenialFacts denial) {
        if (!denial.withinFilingWindow() && !denial.goodCauseFindingRecorded()) {
            return Optional.of("This claim was filed after the filing window. Record the good-cause finding first: "
                    + "a late claim is never denied without it.");
        }
        if (denial.reason() == DenialReason.CONTRIBUTORY_CONDUCT) {
            return conductRefusal(denial);
        }
        if (denial.reason() == DenialReason.NO_VERIFICATION_AFTER_REQUESTS) {
            if (!denial.unansweredProviderRequestsDue().isEmpty()) {
                return Optional.of("A provider has not answered the verification request due "
                        + denial.unansweredProviderRequestsDue().stream().sorted().toList().get(0)
                        + ". A claim is never denied because a provider did not answer.");
            }
            if (!denial.survivorAskedForInformation()) {
                return Optional.of("The survivor was never asked for this information. Request it from them before "
                        + "denying for missing verification.");
            }
        }
        return Optional.empty();
    }

    private Optional<String> conductRefusal(DenialFacts denial) {
        if (conductExcludedCrimeTypes.contains(denial.crimeType())) {
            return Optional.of("Contributory conduct is never applied to a claim for " + words(denial.crimeType())
                    + ": the program excludes this crime type.");
        }
        Set<CrimeFlag> excluded = denial.crimeFlags().stream().filter(conductExcludedFlags::contains)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CrimeFlag.class)));
        if (!excluded.isEmpty()) {
            return Optional.of("Contributory conduct is never applied to a claim involving "
                    + excluded.stream().map(FairProcessRules::words).collect(Collectors.joining(" or "))
                    + ": the program excludes it.");
        }
        int written = denial.rationale() == null ? 0 : denial.rationale().strip().length();
        if (written < conductRationaleMinLength) {
            return Optional.of("A denial for contributory conduct needs a written rationale of at least "
                    + conductRationaleMinLength + " characters in the note (this one has " + written
                    + "): say what conduct, how it contributed to the crime, and what shows it.");
        }
        return Optional.empty();
    }

    /** Whether a claim withdrawn on {@code withdrawnOn} may still be reopened on {@code today}. */
    public boolean mayReopen(LocalDate withdrawnOn, LocalDate today) {
        return !today.isAfter(withdrawnOn.plus(reopenWithin));
    }

    private static String words(Enum<?> code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
