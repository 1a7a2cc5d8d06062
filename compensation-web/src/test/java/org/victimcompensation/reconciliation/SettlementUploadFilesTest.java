package org.victimcompensation.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;
import org.victimcompensation.infra.crypto.FieldCipher;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded settlement file is readable by the service's user only while its reconciliation runs,
 * and gone once it has ended.
 */
class SettlementUploadFilesTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    DataSource dataSource;

    @Test
    void aSettlementFileIsPrivateWhileItsReconciliationRunsAndDeletedWhenItEnds() throws Exception {
        String payment = issuedPayment(submit(aClaim()).reference());
        String csv = "payment_reference,gateway_id,amount,currency,status,value_date,return_code\n"
                + payment + ",GW,100.00,USD,SETTLED,2026-11-30,\n";

        String id;
        Path file;
        // Holding the payment's row lock keeps the job at its first chunk, so the stored file can be looked at.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select 1 from payment where reference = ? for update")) {
                select.setString(1, payment);
                select.executeQuery().close();
            }
            Response started = postMultipart(as("pat", request("/api/v1/staff/reconciliations")), Map.of(),
                    "settlement.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            id = started.json().get("id").asText();
            file = Path.of(jdbc.sql("select file_path from reconciliation where id = ?::uuid").param(id)
                    .query(String.class).single());

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
            assertThat(get("pat", "/api/v1/staff/reconciliations/" + id).json().get("status").asText()).isEqualTo("RUNNING");
            lock.rollback();
        }

        JsonNode result = eventually("reconciliation " + id + " to finish", () -> {
            JsonNode current = get("pat", "/api/v1/staff/reconciliations/" + id).json();
            return current.get("status").asText().equals("RUNNING") ? Optional.empty() : Optional.of(current);
        });
        assertThat(result.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(result.get("matched").asInt()).isEqualTo(1);
        assertThat(file).doesNotExist();
    }

    private String issuedPayment(String claimReference) {
        UUID claimId = jdbc.sql("select id from claim where reference = ?").param(claimReference).query(UUID.class).single();
        UUID id = UUID.randomUUID();
        String reference = "PAY-F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        jdbc.sql("""
                        insert into payment (id, reference, claim_id, award_kind, category, amount, payee_kind, payee_name_enc,
                          method, fund_source, property_damage, status, due_at, issued_at, gateway_id)
                        values (?, ?, ?, 'FINAL', 'MEDICAL_DENTAL', 100.00, 'PROVIDER', ?, 'ACH', 'STATE', false, 'ISSUED',
                          now(), now(), 'GW')""")
                .params(id, reference, claimId, cipher.seal("Test Clinic", "payment.payee_name:" + id))
                .update();
        return reference;
    }
}
