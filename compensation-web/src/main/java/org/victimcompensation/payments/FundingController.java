package org.victimcompensation.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.security.CurrentStaff;

import java.time.LocalDate;
import java.util.List;

/** Program staff keep the funding rules and re-charge an issued payment to other funds. */
@RestController
@RequestMapping("/api/v1/staff")
class FundingController {

    /** Award numbers as OJP writes them, such as 15POVC-23-GG-00123-COMP. */
    static final String GRANT_AWARD = "[A-Za-z0-9][A-Za-z0-9-]{0,39}";

    private final FundingRules rules;
    private final Payments payments;

    FundingController(FundingRules rules, Payments payments) {
        this.rules = rules;
        this.payments = payments;
    }

    record RuleJson(@NotNull LocalDate effectiveFrom, ExpenseCategory category, @NotNull FundSource fundSource,
                    @Pattern(regexp = GRANT_AWARD) String grantAward) {
    }

    record FundSourceJson(@NotNull FundSource fundSource, @Pattern(regexp = GRANT_AWARD) String grantAward,
                          @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    @GetMapping("/funding-rules")
    List<FundingRules.Rule> rules() {
        return rules.all();
    }

    @PostMapping(value = "/funding-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FundingRules.Rule addRule(@Valid @RequestBody RuleJson body) {
        return rules.add(body.effectiveFrom(), body.category(), body.fundSource(), body.grantAward(), CurrentStaff.username());
    }

    @PostMapping(value = "/payments/{reference}/fund-source", consumes = MediaType.APPLICATION_JSON_VALUE)
    Payments.Recharged recharge(@PathVariable String reference, @Valid @RequestBody FundSourceJson body) {
        return payments.recharge(reference, body.fundSource(), body.grantAward(), body.reason(), CurrentStaff.username());
    }
}
