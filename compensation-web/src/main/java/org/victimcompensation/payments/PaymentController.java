package org.victimcompensation.payments;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.security.CurrentStaff;

/** Program staff start payment runs. */
@RestController
@RequestMapping("/api/v1/staff")
class PaymentController {

    private final PaymentRuns runs;

    PaymentController(PaymentRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/payment-runs")
    PaymentRuns.RunResult startRun() {
        return runs.run(CurrentStaff.username());
    }
}
