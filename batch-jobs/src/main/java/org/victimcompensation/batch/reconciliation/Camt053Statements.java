package org.victimcompensation.batch.reconciliation;

import com.prowidesoftware.swift.model.mx.MxCamt05300102;
import com.prowidesoftware.swift.model.mx.MxCamt05300108;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement2;
import com.prowidesoftware.swift.model.mx.dic.AccountStatement9;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails1;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction2;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import com.prowidesoftware.swift.model.mx.dic.ReturnReason5Choice;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.SettlementLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ISO 20022 camt.053 statements (versions 001.02 and 001.08) with Prowide's model: one line
 * per transaction detail, so a batched entry with several {@code TxDtls} gives several lines. The
 * {@code EndToEndId} is our payment reference; a {@code RtrInf} marks a return and carries its reason.
 */
final class Camt053Statements {

    static final String NAMESPACE_02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    static final String NAMESPACE_08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    private Camt053Statements() {
    }

    static List<SettlementLine> lines(String xml, String namespace) {
        List<SettlementLine> lines = new ArrayList<>();
        if (NAMESPACE_02.equals(namespace)) {
            MxCamt05300102 message = MxCamt05300102.parse(xml);
            if (message == null || message.getBkToCstmrStmt() == null) {
                throw new SettlementFileException("the camt.053.001.02 statement could not be read");
            }
            for (AccountStatement2 statement : message.getBkToCstmrStmt().getStmt()) {
                for (ReportEntry2 entry : statement.getNtry()) {
                    LocalDate valueDate = entry.getValDt() == null ? null : entry.getValDt().getDt();
                    List<EntryTransaction2> details = new ArrayList<>();
                    for (EntryDetails1 group : entry.getNtryDtls()) {
                        details.addAll(group.getTxDtls());
                    }
                    if (details.isEmpty()) {
                        lines.add(line(lines.size() + 1, entry.getNtryRef(), entry.getAcctSvcrRef(), entry.getAmt(), valueDate, null, false));
                    }
                    for (EntryTransaction2 tx : details) {
                        ActiveOrHistoricCurrencyAndAmount amount = tx.getAmtDtls() != null && tx.getAmtDtls().getTxAmt() != null
                                ? tx.getAmtDtls().getTxAmt().getAmt()
                                : details.size() == 1 ? entry.getAmt() : null;
                        lines.add(line(lines.size() + 1, tx.getRefs() == null ? null : tx.getRefs().getEndToEndId(),
                                tx.getRefs() == null ? null : tx.getRefs().getTxId(), amount, valueDate,
                                tx.getRtrInf() == null ? null : tx.getRtrInf().getRsn(), tx.getRtrInf() != null));
                    }
                }
            }
        } else if (NAMESPACE_08.equals(namespace)) {
            MxCamt05300108 message = MxCamt05300108.parse(xml);
            if (message == null || message.getBkToCstmrStmt() == null) {
                throw new SettlementFileException("the camt.053.001.08 statement could not be read");
            }
            for (AccountStatement9 statement : message.getBkToCstmrStmt().getStmt()) {
                for (ReportEntry10 entry : statement.getNtry()) {
                    LocalDate valueDate = entry.getValDt() == null ? null : entry.getValDt().getDt();
                    List<EntryTransaction10> details = new ArrayList<>();
                    for (EntryDetails9 group : entry.getNtryDtls()) {
                        details.addAll(group.getTxDtls());
                    }
                    if (details.isEmpty()) {
                        lines.add(line(lines.size() + 1, entry.getNtryRef(), entry.getAcctSvcrRef(), entry.getAmt(), valueDate, null, false));
                    }
                    for (EntryTransaction10 tx : details) {
                        ActiveOrHistoricCurrencyAndAmount amount = tx.getAmt() != null ? tx.getAmt()
                                : details.size() == 1 ? entry.getAmt() : null;
                        lines.add(line(lines.size() + 1, tx.getRefs() == null ? null : tx.getRefs().getEndToEndId(),
                                tx.getRefs() == null ? null : tx.getRefs().getTxId(), amount, valueDate,
                                tx.getRtrInf() == null ? null : tx.getRtrInf().getRsn(), tx.getRtrInf() != null));
                    }
                }
            }
        } else {
            throw new SettlementFileException("only camt.053.001.02 and camt.053.001.08 statements are read");
        }
        return lines;
    }

    private static SettlementLine line(long number, String reference, String gatewayId,
                                       ActiveOrHistoricCurrencyAndAmount amount, LocalDate valueDate,
                                       ReturnReason5Choice reason, boolean returned) {
        if (reference == null || reference.isBlank()) {
            throw new SettlementFileException("entry " + number + " has no EndToEndId (payment reference)");
        }
        if (amount == null || amount.getValue() == null) {
            throw new SettlementFileException("entry " + number + " has no amount");
        }
        BigDecimal value = amount.getValue();
        if (value.signum() < 0 || value.scale() > 2) {
            throw new SettlementFileException("entry " + number + " has an amount that is not a positive sum in cents");
        }
        String code = reason == null ? null : reason.getCd() != null ? reason.getCd() : reason.getPrtry();
        return new SettlementLine(number, reference.trim(), gatewayId, Money.of(value), amount.getCcy(),
                returned ? SettlementLine.Outcome.RETURNED : SettlementLine.Outcome.SETTLED, valueDate, code);
    }
}
