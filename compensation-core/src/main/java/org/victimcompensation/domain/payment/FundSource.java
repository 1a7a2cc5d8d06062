package org.victimcompensation.domain.payment;

/** Which money pays: the state's own funds, or the federal VOCA grant. Funder reports sum by it. */
public enum FundSource {
    STATE, FEDERAL_VOCA
}
