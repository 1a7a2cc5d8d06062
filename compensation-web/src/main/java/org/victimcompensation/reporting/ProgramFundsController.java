package org.victimcompensation.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.api.PlainText;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.security.CurrentStaff;

import java.time.LocalDate;

/** Program staff record revenue and recoveries for the state certification. */
@RestController
@RequestMapping("/api/v1/staff")
class ProgramFundsController {

    private final ProgramFunds funds;

    ProgramFundsController(ProgramFunds funds) {
        this.funds = funds;
    }

    record RevenueJson(@NotNull @Min(2000) @Max(2200) Integer fiscalYear, @NotBlank @Size(max = 200) @PlainText String source,
                       @NotNull Money amount) {
    }

    record RecoveryJson(@NotBlank @Size(max = 40) String claimReference, @NotNull ProgramFunds.RecoveryKind kind,
                        @NotNull Money amount, @NotNull LocalDate receivedOn) {
    }

    /** 201 for a new source of the year, 200 when it replaces the amount recorded before. */
    @PostMapping(value = "/revenue", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgramFunds.Revenue> revenue(@Valid @RequestBody RevenueJson body) {
        ProgramFunds.Revenue revenue = new ProgramFunds.Revenue(body.fiscalYear(), body.source().strip(), body.amount());
        boolean created = funds.recordRevenue(revenue, CurrentStaff.username());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(revenue);
    }

    @PostMapping(value = "/recoveries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ProgramFunds.Recovery recovery(@Valid @RequestBody RecoveryJson body) {
        return funds.recordRecovery(body.claimReference(), body.kind(), body.amount(), body.receivedOn(), CurrentStaff.username());
    }
}
