package org.victimcompensation.domain.fairprocess;

import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DenialReason;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the fair-process rules need to know about a denial a caseworker proposes: the reason and its
 * written rationale, the crime, whether the claim was late and a good-cause finding is recorded,
 * whether the survivor was ever asked for information, and the due dates of provider verification
 * requests still unanswered.
 */
public record DenialFacts(DenialReason reason, String rationale, CrimeType crimeType, Set<CrimeFlag> crimeFlags,
                          boolean withinFilingWindow, boolean goodCauseFindingRecorded, boolean survivorAskedForInformation,
                          List<LocalDate> unansweredProviderRequestsDue) {

    public DenialFacts {
        crimeFlags = Set.copyOf(crimeFlags);
        unansweredProviderRequestsDue = List.copyOf(unansweredProviderRequestsDue);
    }
}
