package org.victimcompensation.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.domain.payment.PaymentMethod;
import org.victimcompensation.security.CurrentStaff;

/** Program staff start payment runs; caseworkers reissue returned or refused payments. */
@RestController
@RequestMapping("/api/v1/staff")
class PaymentController {

    private final PaymentRuns runs;
    private final PaymentReissues reissues;

    PaymentController(PaymentRuns runs, PaymentReissues reissues) {
        this.runs = runs;
        this.reissues = reissues;
    }

    @PostMapping("/payment-runs")
    PaymentRuns.RunResult startRun() {
        return runs.run(CurrentStaff.username());
    }

    record ReissueJson(@Size(min = 1, max = 200) String payeeName, PaymentMethod method,
                       @NotNull @Size(max = 4000) String note) {
    }

    @PostMapping(value = "/payments/{paymentReference}/reissue", consumes = MediaType.APPLICATION_JSON_VALUE)
    Payments.Reissued reissue(@PathVariable String paymentReference, @Valid @RequestBody ReissueJson body) {
        return reissues.reissue(paymentReference, body.payeeName(), body.method(), CurrentStaff.username());
    }
}
