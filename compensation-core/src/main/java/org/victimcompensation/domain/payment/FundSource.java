package org.victimcompensation.domain.payment;

/**
 * Which money pays a payment, as the program's books charge it: the state's own funds, the VOCA
 * compensation grant (with its award number), or other federal funds. The state certification
 * deducts both federal sources from the total paid.
 */
public enum FundSource {
    STATE, VOCA_GRANT, OTHER_FEDERAL;

    public boolean isFederal() {
        return this != STATE;
    }

    /**
     * What is wrong with this grant award for this source, or null: a VOCA grant payment names its
     * award (the federal financial report is per award), state funds have none.
     */
    public String grantAwardProblem(String grantAward) {
        boolean given = grantAward != null && !grantAward.isBlank();
        if (this == VOCA_GRANT && !given) {
            return "is required for VOCA_GRANT: the award number the payment is charged to";
        }
        if (this == STATE && given) {
            return "must be empty for STATE";
        }
        return null;
    }
}
