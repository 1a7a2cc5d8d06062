package org.victimcompensation.batch.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.victimcompensation.batch.reconciliation.PaidClaims;
import org.victimcompensation.process.ClaimProcess;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The batch module on its own: its jobs, the payment ledger and infra on a real PostgreSQL. The two
 * ports the jobs call out through are recorded here instead of reaching the web features and the
 * engine (the service's own tests run the same jobs with both, end to end).
 */
@SpringBootApplication(scanBasePackages = {"org.victimcompensation.batch", "org.victimcompensation.ledger",
        "org.victimcompensation.infra"},
        excludeName = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration")
class JobTestApplication {

    /** What the jobs told the claims feature and the engine, in order. */
    static final class Told {
        final List<UUID> fullyPaid = new CopyOnWriteArrayList<>();
        final List<UUID> paymentReturned = new CopyOnWriteArrayList<>();
        final List<String> reissueOpened = new CopyOnWriteArrayList<>();

        void clear() {
            fullyPaid.clear();
            paymentReturned.clear();
            reissueOpened.clear();
        }
    }

    @Bean
    Told told() {
        return new Told();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PaidClaims paidClaims(Told told) {
        return new PaidClaims() {
            @Override
            public void fullyPaid(List<UUID> claimIds, String by) {
                told.fullyPaid.addAll(claimIds);
            }

            @Override
            public void paymentReturned(List<UUID> claimIds, String by) {
                told.paymentReturned.addAll(claimIds);
            }
        };
    }

    /** Only REISSUE work is opened by the jobs; any other engine call from a job fails the test. */
    @Bean
    ClaimProcess claimProcess(Told told) {
        return (ClaimProcess) Proxy.newProxyInstance(ClaimProcess.class.getClassLoader(), new Class<?>[]{ClaimProcess.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("openReissue")) {
                        told.reissueOpened.add((String) arguments[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException("a job called the engine's " + method.getName());
                });
    }
}
