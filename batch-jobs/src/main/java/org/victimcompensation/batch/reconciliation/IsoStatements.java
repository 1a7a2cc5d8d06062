package org.victimcompensation.batch.reconciliation;

import com.prowidesoftware.swift.model.MxNode;
import org.victimcompensation.domain.payment.SettlementLine;
import org.victimcompensation.domain.payment.SettlementLine.Direction;
import org.victimcompensation.domain.payment.SettlementLine.Status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads ISO 20022 camt.053 statements and camt.054 notifications, every version from 001.02 to
 * 001.13, through Prowide's generic MX tree ({@link MxNode}): the elements read here kept their names
 * across versions, so one mapping serves them all where Prowide's typed model would need a class per
 * version. The two places where versions differ are read both ways: the status ({@code <Sts>BOOK</Sts>}
 * up to 001.06, {@code <Sts><Cd>BOOK</Cd></Sts>} from 001.07) and a transaction's amount
 * ({@code AmtDtls/TxAmt} in 001.02, {@code Amt} from 001.03, where {@code AmtDtls} may still hold it). The XML was checked (no DTD, namespace) before it gets here.
 *
 * <p>Each transaction detail is a line, so a batched entry gives one line per payment; an entry
 * without details is one line. A line's position is its rank among the lines of the file.
 */
final class IsoStatements {

    /** ISO's placeholder for a reference the sender did not give. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private IsoStatements() {
    }

    static List<SettlementLine> lines(String xml) {
        MxNode root = MxNode.parse(xml);
        MxNode document = root == null ? null
                : "Document".equals(root.getLocalName()) ? root : root.findFirstByName("Document");
        if (document == null || document.getChildren().isEmpty()) {
            throw new SettlementFileException("the ISO 20022 message has no Document");
        }
        List<SettlementLine> lines = new ArrayList<>();
        int entryNumber = 0;
        for (MxNode report : document.getChildren().get(0).getChildren()) {
            if (!"Stmt".equals(report.getLocalName()) && !"Ntfctn".equals(report.getLocalName())) {
                continue;
            }
            for (MxNode entry : report.find("./Ntry")) {
                entryNumber++;
                readEntry(entry, "entry " + entryNumber, lines);
            }
        }
        return lines;
    }

    private static void readEntry(MxNode entry, String where, List<SettlementLine> lines) {
        String currency = required(entry, "Amt", where).getAttribute("Ccy");
        String entryAmount = value(entry, "Amt");
        Direction direction = direction(value(entry, "CdtDbtInd"), where);
        boolean reversal = "true".equalsIgnoreCase(value(entry, "RvslInd"));
        String statusCode = value(entry, "Sts/Cd") != null ? value(entry, "Sts/Cd") : value(entry, "Sts");
        // Not booked (pending, information only, future): nothing has moved yet.
        boolean pending = "PDNG".equals(statusCode) || "INFO".equals(statusCode) || "FUTR".equals(statusCode);
        LocalDate date = date(entry, "ValDt", where);
        if (date == null) {
            date = date(entry, "BookgDt", where);
        }
        String domain = value(entry, "BkTxCd/Domn/Cd");
        String family = value(entry, "BkTxCd/Domn/Fmly/Cd");
        String subFamily = value(entry, "BkTxCd/Domn/Fmly/SubFmlyCd");
        // Fees, interest and other account-management entries (ACMT, ...) never carry a payment of ours.
        boolean payments = domain == null || "PMNT".equals(domain);
        boolean returnCode = "RRTN".equals(subFamily);
        String code = domain != null ? domain + "/" + family + "/" + subFamily
                : value(entry, "BkTxCd/Prtry/Cd") != null ? value(entry, "BkTxCd/Prtry/Cd") : "no bank transaction code";

        List<MxNode> details = new ArrayList<>();
        for (MxNode group : entry.find("./NtryDtls")) {
            details.addAll(group.find("./TxDtls"));
        }
        if (details.isEmpty()) {
            String batch = value(entry, "NtryDtls/Btch/NbOfTxs");
            boolean single = batch == null || "1".equals(batch);
            String gatewayId = payments && single ? reference(value(entry, "AcctSvcrRef")) : null;
            lines.add(new SettlementLine(lines.size() + 1, List.of(), gatewayId, Amounts.decimal(entryAmount, where),
                    currency, direction, status(pending, reversal || (returnCode && payments)), date,
                    null, null, text(code, reversal, single ? null : batch)));
            return;
        }
        for (int i = 0; i < details.size(); i++) {
            MxNode tx = details.get(i);
            String at = details.size() == 1 ? where : where + ", transaction " + (i + 1);
            MxNode amountNode = tx.findFirst("./Amt") != null ? tx.findFirst("./Amt") : tx.findFirst("./AmtDtls/TxAmt/Amt");
            if (amountNode == null && details.size() > 1) {
                throw new SettlementFileException(at + " has no amount");
            }
            String amount = amountNode == null ? entryAmount : amountNode.getValue();
            String txCurrency = amountNode == null ? currency : amountNode.getAttribute("Ccy");
            Direction txDirection = value(tx, "CdtDbtInd") == null ? direction : direction(value(tx, "CdtDbtInd"), at);
            boolean returned = reversal || (payments && (returnCode || tx.findFirst("./RtrInf") != null));
            List<String> references = new ArrayList<>();
            String gatewayId = null;
            if (payments) {
                Set<String> candidates = new LinkedHashSet<>();
                for (String path : new String[]{"Refs/EndToEndId", "Refs/InstrId", "Refs/TxId"}) {
                    String reference = reference(value(tx, path));
                    if (reference != null) {
                        candidates.add(reference);
                    }
                }
                references.addAll(candidates);
                gatewayId = reference(value(tx, "Refs/AcctSvcrRef") != null ? value(tx, "Refs/AcctSvcrRef")
                        : details.size() == 1 ? value(entry, "AcctSvcrRef") : null);
            }
            String reasonCode = value(tx, "RtrInf/Rsn/Cd") != null ? value(tx, "RtrInf/Rsn/Cd") : value(tx, "RtrInf/Rsn/Prtry");
            List<String> reasonText = new ArrayList<>();
            tx.find("./RtrInf/AddtlInf").forEach(n -> reasonText.add(n.getValue().trim()));
            lines.add(new SettlementLine(lines.size() + 1, references, gatewayId, Amounts.decimal(amount, at), txCurrency,
                    txDirection, status(pending, returned), date, reasonCode,
                    reasonText.isEmpty() ? null : String.join(" ", reasonText), text(code, reversal, null)));
        }
    }

    private static Status status(boolean pending, boolean returned) {
        return pending ? Status.PENDING : returned ? Status.RETURNED : Status.SETTLED;
    }

    private static String text(String code, boolean reversal, String batchSize) {
        return code + (reversal ? ", reversal" : "") + (batchSize == null ? "" : ", batch of " + batchSize + " without details");
    }

    private static Direction direction(String indicator, String where) {
        if ("DBIT".equals(indicator)) {
            return Direction.DEBIT;
        }
        if ("CRDT".equals(indicator)) {
            return Direction.CREDIT;
        }
        throw new SettlementFileException(where + " has no CdtDbtInd (CRDT or DBIT)");
    }

    private static LocalDate date(MxNode entry, String element, String where) {
        String text = value(entry, element + "/Dt") != null ? value(entry, element + "/Dt") : value(entry, element + "/DtTm");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new SettlementFileException(where + " has a " + element + " that is not a date: " + text);
        }
    }

    private static String reference(String value) {
        return value == null || value.isBlank() || NOT_PROVIDED.equalsIgnoreCase(value.trim()) ? null : value.trim();
    }

    private static MxNode required(MxNode node, String path, String where) {
        MxNode found = node.findFirst("./" + path);
        if (found == null || found.getValue() == null || found.getValue().isBlank()) {
            throw new SettlementFileException(where + " has no " + path);
        }
        return found;
    }

    private static String value(MxNode node, String path) {
        MxNode found = node.findFirst("./" + path);
        return found == null || found.getValue() == null || found.getValue().isBlank() ? null : found.getValue().trim();
    }
}
