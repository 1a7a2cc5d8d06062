package org.victimcompensation.batch.reporting;

import java.util.List;

/** How each figure is counted; printed on the cover sheet and kept in docs/reporting.md. */
final class VocaDefinitions {

    /** 34 U.S.C. 20102(a)(2): the estimate is a ceiling, not a promise. */
    static final String PRO_RATA_CAVEAT = "If the Crime Victims Fund cannot pay every state its full share, each grant is "
            + "reduced in proportion (34 U.S.C. 20102(a)(2)): the estimate is the most the program can receive.";

    static final List<String> ALL = List.of(
            "Received: claims submitted in the period.",
            "Approved, denied: decisions dated in the period (after supervisor approval, or on appeal); a denial later reopened on appeal still counts in its period.",
            "Closed: claims closed without a decision in the period, such as withdrawn by the survivor.",
            "Denied or closed (the PMT's one figure): denials dated in the period plus claims closed without a decision in it.",
            "Denials by reason: denial decisions dated in the period, one reason each, every reason listed.",
            "Pending at period end: claims received before the end of the period, not closed by then, with no decision standing at the end.",
            "Forensic-exam (SAFE) applications: claims received in the period that claim forensic-exam costs.",
            "Emergency awards: emergency awards approved in the period, count and amount.",
            "Days from receipt to decision: for decisions dated in the period, calendar days in the program's zone from submission to decision (average and median).",
            "Paid: payments whose bank value date is in the period, whenever the bank file was processed; a return is booked, negative, in the period of its own date, so an earlier period never changes.",
            "Claims paid: distinct claims with at least one paid payment. DV-related: claims flagged as domestic or family violence.",
            "Economic support: lost wages and loss of support together.",
            "Crime type and victimization flags: among claims received in the period and among claims paid in it (a payment bank-dated in the period). "
                    + "Child abuse is counted as child sexual abuse/assault or child physical abuse or neglect, human trafficking as sex "
                    + "or labor trafficking, as given at intake (one per claim); a claim given no sub-type is \"sub-type not specified\".",
            "Victims (people): each victim once, however many claims were filed about them (by the victim, a parent, family "
                    + "members), among claims received in the period and among claims paid in it; a person with claims in two "
                    + "quarters counts in each, and once in the year. "
                    + "Age bands, gender identity and race/ethnicity count these victims received in the period, as self-reported on "
                    + "their latest claim in it; "
                    + "age is the victim's age on the crime date; one race/ethnicity category per victim, \"Multiple races\" when more than one was reported. Gender identity "
                    + "and race/ethnicity are chosen from closed lists; every category is listed, and \"Not reported\" counts "
                    + "claims with no answer or whose answer was \"prefer not to say\".",
            "State certification (whole fiscal year): total paid from all sources, less payments charged to federal funds "
                    + "(the VOCA grant and other federal funds, as each payment records them: the funding rule in force when it was "
                    + "issued, or a later re-charge), less property damage paid from state funds, equals state-funded payouts. "
                    + "The estimated federal grant is " + VocaQueries.FEDERAL_SHARE_IN_WORDS + " of state-funded payouts "
                    + "(34 U.S.C. 20102(a)(1) as amended in 2021) and feeds the grant of fiscal year N+2. " + PRO_RATA_CAVEAT
                    + " Restitution and subrogation recoveries are listed, not deducted (20102(a)(3)).",
            "No personal data: every cell is a count or a sum. The copy for OVC's PMT shows every count as counted; only the "
                    + "publication copy leaves small counts blank, when the program sets a threshold, and with them the amounts "
                    + "paid for them; totals stay as counted. The publication copy leaves out the submission sheets.");

    private VocaDefinitions() {
    }
}
