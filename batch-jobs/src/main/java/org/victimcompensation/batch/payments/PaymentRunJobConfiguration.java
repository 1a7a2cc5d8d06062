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
import org.springframework.transaction.PlatformTransactionManager;
import org.victimcompensation.batch.reissue.OpenReissueItems;
import org.victimcompensation.ledger.PaymentLedger;

import java.time.Clock;
import java.util.List;

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
    Job paymentRun(JobRepository jobs, PlatformTransactionManager tx, PaymentRunRecords runs, PaymentLedger ledger,
                   PaymentGatewayClient gateway, OpenReissueItems reissue, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        Step queue = new StepBuilder("queuePayments", jobs)
                .tasklet(queueDuePayments(ledger, json, clock), tx).build();
        Step send = new StepBuilder("sendPayments", jobs)
                .tasklet(sendPending(runs, ledger, json, gateway, clock), tx).build();
        Step openReissue = new StepBuilder("openReissueItems", jobs).tasklet(reissue, tx).build();
        return new JobBuilder(JOB_NAME, jobs).start(queue).next(send).next(openReissue).build();
    }

    /** Writes the exact request each due payment will be sent with, once, beside the payment. */
    private static Tasklet queueDuePayments(PaymentLedger ledger, ObjectMapper json, Clock clock) {
        return (contribution, chunk) -> {
            List<PaymentLedger.Due> due = ledger.lockDueWithoutRequest(BATCH);
            for (PaymentLedger.Due payment : due) {
                PaymentGatewayClient.PaymentRequest request = new PaymentGatewayClient.PaymentRequest(payment.reference(),
                        payment.amount().toString(), "USD", payment.method().name(),
                        new PaymentGatewayClient.PaymentRequest.Payee(payment.payeeName(), payment.payeeKind().name()));
                ledger.queueRequest(payment.id(), write(json, request), clock.instant());
            }
            contribution.incrementWriteCount(due.size());
            return due.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        };
    }

    /** Sends pending requests not yet tried in this run; each batch commits with its answers. */
    private static Tasklet sendPending(PaymentRunRecords runs, PaymentLedger ledger, ObjectMapper json,
                                       PaymentGatewayClient gateway, Clock clock) {
        return (contribution, chunk) -> {
            long runId = chunk.getStepContext().getStepExecution().getJobParameters().getLong("runId");
            List<PaymentLedger.PendingRequest> pending = ledger.lockPendingRequests(runId, BATCH);
            for (PaymentLedger.PendingRequest entry : pending) {
                PaymentGatewayClient.PaymentRequest request =
                        json.readValue(entry.request(), PaymentGatewayClient.PaymentRequest.class);
                PaymentGatewayClient.Answer answer = gateway.send(request);
                int issued = 0;
                int failed = 0;
                int unanswered = 0;
                if (answer instanceof PaymentGatewayClient.Answer.Accepted accepted) {
                    ledger.issued(entry.paymentId(), accepted.gatewayId(), clock.instant(), runId);
                    issued = 1;
                } else if (answer instanceof PaymentGatewayClient.Answer.Refused refused) {
                    ledger.refused(entry.paymentId(), refused.reason(), runId);
                    failed = 1;
                } else if (answer instanceof PaymentGatewayClient.Answer.Unavailable unavailable) {
                    ledger.unanswered(entry.paymentId(), unavailable.reason(), runId);
                    unanswered = 1;
                }
                runs.count(runId, issued, failed, unanswered);
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

}
