package org.victimcompensation.batch.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.victimcompensation.batch.reissue.OpenReissueItems;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The payment run (job parameter {@code runId}): every due payment gets an outbox entry, every
 * pending entry is sent to the gateway, and refused payments open REISSUE work. All state is in the
 * database, so a run that stops part-way is finished by the next one, and a call whose answer was
 * lost is repeated with the same idempotency key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class PaymentRunJobConfiguration {

    public static final String JOB_NAME = "paymentRun";
    static final int BATCH = 20;

    @Bean
    PaymentGatewayClient paymentGatewayClient(GatewayProperties properties) {
        return new PaymentGatewayClient(properties);
    }

    @Bean
    Job paymentRun(JobRepository jobs, PlatformTransactionManager tx, JdbcClient jdbc, FieldCipher cipher,
                   PaymentGatewayClient gateway, OpenReissueItems reissue, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        Step queue = new StepBuilder("queuePayments", jobs)
                .tasklet(queueDuePayments(jdbc, cipher, json, clock), tx).build();
        Step send = new StepBuilder("sendPayments", jobs)
                .tasklet(sendPending(jdbc, cipher, json, gateway, clock), tx).build();
        Step openReissue = new StepBuilder("openReissueItems", jobs).tasklet(reissue, tx).build();
        return new JobBuilder(JOB_NAME, jobs).start(queue).next(send).next(openReissue).build();
    }

    /** Writes the exact request each due payment will be sent with, once, beside the payment. */
    private static Tasklet queueDuePayments(JdbcClient jdbc, FieldCipher cipher, ObjectMapper json, Clock clock) {
        return (contribution, chunk) -> {
            List<DuePayment> due = jdbc.sql("""
                            select p.id, p.reference, p.amount, p.method, p.payee_kind, p.payee_name_enc from payment p
                            where p.status = 'DUE' and not exists (select 1 from payment_outbox o where o.payment_id = p.id)
                            order by p.due_at limit :batch for update of p skip locked""")
                    .param("batch", BATCH)
                    .query((rs, i) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        return new DuePayment(id, new PaymentGatewayClient.PaymentRequest(rs.getString("reference"),
                                rs.getBigDecimal("amount").toPlainString(), "USD", rs.getString("method"),
                                new PaymentGatewayClient.PaymentRequest.Payee(
                                        cipher.open(rs.getString("payee_name_enc"), "payment.payee_name:" + id),
                                        rs.getString("payee_kind"))));
                    }).list();
            for (DuePayment payment : due) {
                jdbc.sql("insert into payment_outbox (payment_id, request_enc, state, created_at) values (?, ?, 'PENDING', ?)")
                        .params(payment.id(), cipher.seal(write(json, payment.request()), "payment_outbox.request:" + payment.id()),
                                Timestamp.from(clock.instant()))
                        .update();
            }
            contribution.incrementWriteCount(due.size());
            return due.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        };
    }

    /** Sends pending entries not yet tried in this run; each batch commits with its answers. */
    private static Tasklet sendPending(JdbcClient jdbc, FieldCipher cipher, ObjectMapper json,
                                       PaymentGatewayClient gateway, Clock clock) {
        return (contribution, chunk) -> {
            long runId = chunk.getStepContext().getStepExecution().getJobParameters().getLong("runId");
            List<Pending> pending = jdbc.sql("""
                            select payment_id, request_enc from payment_outbox
                            where state = 'PENDING' and run_id is distinct from :run
                            order by created_at limit :batch for update skip locked""")
                    .param("run", runId).param("batch", BATCH)
                    .query((rs, i) -> {
                        UUID id = rs.getObject("payment_id", UUID.class);
                        return new Pending(id, cipher.open(rs.getString("request_enc"), "payment_outbox.request:" + id));
                    }).list();
            for (Pending entry : pending) {
                PaymentGatewayClient.PaymentRequest request =
                        json.readValue(entry.request(), PaymentGatewayClient.PaymentRequest.class);
                Timestamp now = Timestamp.from(clock.instant());
                PaymentGatewayClient.Answer answer = gateway.send(request);
                if (answer instanceof PaymentGatewayClient.Answer.Accepted accepted) {
                    jdbc.sql("update payment set status = 'ISSUED', gateway_id = ?, issued_at = ? where id = ? and status = 'DUE'")
                            .params(accepted.gatewayId(), now, entry.paymentId()).update();
                    jdbc.sql("update payment_outbox set state = 'SENT', sent_at = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                            .params(now, runId, entry.paymentId()).update();
                    jdbc.sql("update payment_run set issued = issued + 1 where id = ?").param(runId).update();
                } else if (answer instanceof PaymentGatewayClient.Answer.Refused refused) {
                    jdbc.sql("update payment set status = 'FAILED', failure_reason = ? where id = ? and status = 'DUE'")
                            .params(refused.reason(), entry.paymentId()).update();
                    jdbc.sql("update payment_outbox set state = 'REFUSED', last_error = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                            .params(refused.reason(), runId, entry.paymentId()).update();
                    jdbc.sql("update payment_run set failed = failed + 1 where id = ?").param(runId).update();
                } else if (answer instanceof PaymentGatewayClient.Answer.Unavailable unavailable) {
                    jdbc.sql("update payment_outbox set last_error = ?, attempts = attempts + 1, run_id = ? where payment_id = ?")
                            .params(unavailable.reason(), runId, entry.paymentId()).update();
                    jdbc.sql("update payment_run set pending = pending + 1 where id = ?").param(runId).update();
                }
            }
            contribution.incrementWriteCount(pending.size());
            return pending.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        };
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record DuePayment(UUID id, PaymentGatewayClient.PaymentRequest request) {
    }

    private record Pending(UUID paymentId, String request) {
    }
}
