package org.victimcompensation.reconciliation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.batch.reconciliation.ReconciliationRecords;
import org.victimcompensation.batch.reconciliation.SettlementFormat;
import org.victimcompensation.domain.payment.PaymentReference;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: a statement holding the program's lines plus any number of foreign entries (incoming
 * credits, fees, interest, pending entries, batch bookings, other debits and returns, reversals) in
 * any order reconciles to the same result as the program's lines alone, and counts each foreign
 * entry as another entry. Cases are generated with jqwik's arbitraries and run through the real job
 * and database.
 */
class ForeignEntriesTest extends ApiTest {

    private static final int TRIES = 12;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    JobLauncher launcher;
    @Autowired
    ReconciliationRecords records;
    @Autowired
    @Qualifier(ReconciliationJobConfiguration.JOB_NAME)
    Job job;

    @TempDir
    Path dir;

    @Test
    void foreignEntriesNeverChangeWhatTheProgramsLinesDo() throws Exception {
        List<String> ours = issuedPayments(6);
        List<String> ourEntries = ourEntries(ours);
        Result alone = reconcile(ours, ourEntries);
        assertThat(alone.counts()).isEqualTo(Map.of("matched", 4, "returned", 1, "unmatched", 3, "other_entries", 0));

        Random random = new Random(Arbitraries.longs().sample());
        Arbitrary<List<String>> foreign = foreignEntry(ours).list().ofMaxSize(25);
        for (int i = 0; i < TRIES; i++) {
            List<String> extra = foreign.sample();
            List<String> mixed = new ArrayList<>(ourEntries);
            for (String entry : extra) {
                mixed.add(random.nextInt(mixed.size() + 1), entry);
            }
            Result withForeign = reconcile(ours, mixed);
            assertThat(withForeign.withoutOthers()).as("with %d foreign entries", extra.size()).isEqualTo(alone);
            assertThat(withForeign.counts().get("other_entries")).isEqualTo(extra.size());
        }
    }

    private record Result(Map<String, Object> counts, List<String> exceptions, List<String> payments) {
        Result withoutOthers() {
            Map<String, Object> counts = new java.util.HashMap<>(this.counts);
            counts.put("other_entries", 0);
            return new Result(counts, exceptions, payments);
        }
    }

    /** Settles four payments, returns one, repeats one, gets one amount wrong, names an unknown reference of ours. */
    private static List<String> ourEntries(List<String> ours) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(entry("100.00", "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", ours.get(i), null));
        }
        entries.add(entry("100.00", "CRDT", "BOOK", false, "PMNT/ICDT/RRTN", ours.get(3), "AC04"));
        entries.add(entry("100.00", "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", ours.get(0), null));
        entries.add(entry("99.00", "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", ours.get(4), null));
        entries.add(entry("5.00", "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", PaymentReference.generate(new SecureRandom()), null));
        return entries;
    }

    private static Arbitrary<String> foreignEntry(List<String> ours) {
        Arbitrary<String> amount = Arbitraries.bigDecimals().between(new java.math.BigDecimal("0.01"), new java.math.BigDecimal("99999.99"))
                .ofScale(2).map(java.math.BigDecimal::toPlainString);
        Arbitrary<String> foreignReference = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                .ofMinLength(1).ofMaxLength(30).filter(r -> !PaymentReference.isWellFormed(r)).map(r -> "X" + r);
        Arbitrary<String> kind = Arbitraries.of("incoming credit", "fee", "interest", "pending payment of ours", "batch booking",
                "other debit", "other return", "reversal of a credit", "unknown bank reference");
        return Combinators.combine(kind, amount, foreignReference, Arbitraries.of(ours)).as((k, a, r, our) -> switch (k) {
            case "incoming credit" -> entry(a, "CRDT", "BOOK", false, "PMNT/RCDT/ESCT", r, null);
            case "fee" -> entry(a, "DBIT", "BOOK", false, "ACMT/ADOP/CHRG", null, null);
            case "interest" -> entry(a, "CRDT", "BOOK", false, "ACMT/MCOP/INTR", null, null);
            case "pending payment of ours" -> entry(a, "DBIT", "PDNG", false, "PMNT/ICDT/ESCT", our, null);
            case "batch booking" -> entry(a, "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", "BATCH", null);
            case "other debit" -> entry(a, "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", r, null);
            case "other return" -> entry(a, "CRDT", "BOOK", false, "PMNT/ICDT/RRTN", r, "AC01");
            case "reversal of a credit" -> entry(a, "DBIT", "BOOK", true, "PMNT/RCDT/ESCT", r, null);
            default -> entry(a, "DBIT", "BOOK", false, "PMNT/ICDT/ESCT", "NOTPROVIDED", null);
        });
    }

    /** A camt.053.001.08 entry; "BATCH" stands for a batch booking of three payments without details. */
    private static String entry(String amount, String direction, String status, boolean reversal, String code,
                                String reference, String returnCode) {
        String[] parts = code.split("/");
        String details = reference == null ? ""
                : "BATCH".equals(reference) ? "<NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch></NtryDtls>"
                : "<NtryDtls><TxDtls><Refs><EndToEndId>" + reference + "</EndToEndId>"
                + ("NOTPROVIDED".equals(reference) ? "<AcctSvcrRef>BANKREF-" + amount + "</AcctSvcrRef>" : "") + "</Refs>"
                + (returnCode == null ? "" : "<RtrInf><Rsn><Cd>" + returnCode + "</Cd></Rsn></RtrInf>") + "</TxDtls></NtryDtls>";
        return "<Ntry><Amt Ccy=\"USD\">" + amount + "</Amt><CdtDbtInd>" + direction + "</CdtDbtInd>"
                + (reversal ? "<RvslInd>true</RvslInd>" : "") + "<Sts><Cd>" + status + "</Cd></Sts>"
                + "<BookgDt><Dt>2026-12-01</Dt></BookgDt><ValDt><Dt>2026-12-01</Dt></ValDt>"
                + "<BkTxCd><Domn><Cd>" + parts[0] + "</Cd><Fmly><Cd>" + parts[1] + "</Cd><SubFmlyCd>" + parts[2]
                + "</SubFmlyCd></Fmly></Domn></BkTxCd>" + details + "</Ntry>\n";
    }

    private Result reconcile(List<String> ours, List<String> entries) throws Exception {
        jdbc.sql("""
                        update payment set status = 'ISSUED', settled_at = null, value_date = null, return_code = null,
                          returned_at = null, settled_by = null, returned_by = null
                        where reference = any(?)""").param(ours.toArray(String[]::new)).update();
        Path file = Files.writeString(dir.resolve(UUID.randomUUID() + ".xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>PROPERTY</MsgId><CreDtTm>2026-12-01T18:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>S</Id><Acct><Id><Othr><Id>1</Id></Othr></Id></Acct>
                """ + String.join("", entries) + "</Stmt></BkToCstmrStmt></Document>\n");
        UUID id = UUID.randomUUID();
        records.open(id, "property.xml", file, "n/a", SettlementFormat.CAMT053, "test", Instant.now());
        assertThat(launcher.run(job, new JobParametersBuilder().addString("reconciliationId", id.toString())
                .addString("filePath", file.toString()).addString("format", "CAMT053").toJobParameters()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, Object> counts = jdbc.sql("select matched, returned, unmatched, other_entries from reconciliation where id = ?")
                .param(id).query().singleRow();
        List<String> exceptions = jdbc.sql("""
                        select kind || ' ' || payment_reference from reconciliation_exception where reconciliation_id = ?
                        order by line_no""").param(id).query(String.class).list();
        List<String> payments = jdbc.sql("""
                        select reference || ' ' || status || ' ' || coalesce(return_code, '') || ' ' || coalesce(value_date::text, '')
                        from payment where reference = any(?) order by reference""")
                .param(ours.toArray(String[]::new)).query(String.class).list();
        return new Result(counts, exceptions, payments);
    }

    private List<String> issuedPayments(int count) {
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(submit(aClaim()).reference())
                .query(UUID.class).single();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String reference = PaymentReference.generate(new SecureRandom());
            // reissue_opened: the returned payment's REISSUE work is not what this test is about.
            jdbc.sql("""
                            insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                              method, fund_source, property_damage, status, due_at, issued_at, gateway_id, reissue_opened)
                            values (?, ?, ?, 'FINAL', 'MEDICAL_DENTAL', 100.00, 'PROVIDER', ?, 'ACH', 'STATE', false, 'ISSUED',
                              now(), now(), ?, true)""")
                    .params(id, reference, claimId, cipher.seal("Test Clinic", "payment.payee_name:" + id), "GW-" + reference)
                    .update();
            references.add(reference);
        }
        return references;
    }
}
