package org.victimcompensation.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit cut off by a database restart (the drill in infra/load/drill-database-restart.sh met
 * PostgreSQL's 57P01 "terminating connection due to administrator command", and rollbacks on a
 * connection the driver had closed, which carry no SQLSTATE) is a 503 with
 * Retry-After; any other failed commit stays a fault.
 */
class LostDatabaseTest {

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void aCommitCutOffByARestartAsksTheClientToComeBack() {
        for (String state : new String[]{"57P01", "08006", null}) {
            ResponseEntity<Object> answer = responses.commitFailed(new TransactionSystemException("commit failed",
                    new SQLException("connection gone", state)));
            assertThat(answer.getStatusCode().value()).as(state).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        }
    }

    @Test
    void anyOtherFailedCommitIsAFault() {
        ResponseEntity<Object> answer = responses.commitFailed(new TransactionSystemException("commit failed",
                new SQLException("serialization", "40001")));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }
}
