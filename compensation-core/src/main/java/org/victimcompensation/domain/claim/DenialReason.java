package org.victimcompensation.domain.claim;

import java.util.Map;

/**
 * The closed list of reasons a claim may be denied, each with the plain-language sentence
 * used in the survivor's decision letter, in every supported language.
 */
public enum DenialReason {
    NOT_A_COVERED_CRIME(
            "The crime described is not one that this program can cover.",
            "El delito descrito no es uno que este programa pueda cubrir."),
    OUTSIDE_JURISDICTION(
            "The crime happened outside the area this program serves.",
            "El delito ocurrió fuera del área que atiende este programa."),
    NOT_AN_ELIGIBLE_APPLICANT(
            "The person who applied is not someone the program can pay under its rules.",
            "La persona que presentó la solicitud no es alguien a quien el programa pueda pagar según sus reglas."),
    EXPENSES_NOT_COVERED(
            "The costs in the application are not costs this program can pay.",
            "Los gastos de la solicitud no son gastos que este programa pueda pagar."),
    FULLY_PAID_BY_COLLATERAL_SOURCES(
            "Insurance or other benefits have already paid these costs in full.",
            "El seguro u otros beneficios ya pagaron estos gastos por completo."),
    DUPLICATE_CLAIM(
            "These costs are already part of another application.",
            "Estos gastos ya forman parte de otra solicitud."),
    NO_VERIFICATION_AFTER_REQUESTS(
            "We asked more than once for information to confirm the crime and did not receive it.",
            "Pedimos más de una vez información para confirmar el delito y no la recibimos."),
    CONTRIBUTORY_CONDUCT(
            "The program decided that conduct of the victim contributed to the crime.",
            "El programa decidió que la conducta de la víctima contribuyó al delito."),
    OTHER(
            "The reason is explained in the note below.",
            "El motivo se explica en la nota a continuación.");

    private final Map<String, String> textByLanguage;

    DenialReason(String english, String spanish) {
        this.textByLanguage = Map.of("en", english, "es", spanish);
    }

    /** The sentence in the given language, English when the language is not supported. */
    public String plainText(String language) {
        return textByLanguage.getOrDefault(language, textByLanguage.get("en"));
    }

    /** The reason in words for the survivor, with the reviewer's note when the reason needs one. */
    public String explained(String language, String note) {
        return needsNote() && note != null ? plainText(language) + " " + note : plainText(language);
    }

    /** Denials for contributory conduct always go to a supervisor (PRODUCT.md section 3, step 5). */
    public boolean needsSupervisorApproval() {
        return this == CONTRIBUTORY_CONDUCT;
    }

    /** OTHER says nothing by itself, so the reviewer must write why. */
    public boolean needsNote() {
        return this == OTHER;
    }
}
