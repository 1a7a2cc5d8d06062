package org.victimcompensation.background;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.victimcompensation.ApiTest;
import org.victimcompensation.batch.payments.PaymentRunJobConfiguration;
import org.victimcompensation.infra.database.ClusterLock;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work that must happen once cluster-wide: while one node holds a job's lock (here a second
 * database session plays that node), no other node starts it; once released, it can run again.
 */
class ClusterOnceTest extends ApiTest {

    private static final String PAYMENT_RUN = BackgroundJobs.jobLock(PaymentRunJobConfiguration.JOB_NAME);

    @Autowired
    ClusterLock lock;

    @Test
    void aPaymentRunIsNotStartedTwiceAcrossNodes() throws Exception {
        whileAnotherNodeHolds(lock, PAYMENT_RUN, () -> {
            Response refused = postJson("pat", "/api/v1/staff/payment-runs", "{}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains("already under way");
            assertThat(lock.runExclusively(PAYMENT_RUN, () -> { })).as("the same lock from a third session").isFalse();
        });
        assertThat(postJson("pat", "/api/v1/staff/payment-runs", "{}").status()).isEqualTo(200);
    }
}
