package org.victimcompensation.batch.reissue;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.victimcompensation.ledger.PaymentLedger;
import org.victimcompensation.process.ClaimProcess;

import java.util.List;

/**
 * A payment that came back or was refused needs a person: each gets one REISSUE work item, opened
 * in the same transaction that flags the payment, so none is opened twice or missed on restart.
 */
@Component
public class OpenReissueItems implements Tasklet {

    private static final int BATCH = 100;

    private final PaymentLedger ledger;
    private final ClaimProcess process;

    OpenReissueItems(PaymentLedger ledger, ClaimProcess process) {
        this.ledger = ledger;
        this.process = process;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<PaymentLedger.Unpaid> unpaid = ledger.lockUnpaidWithoutReissueWork(BATCH);
        for (PaymentLedger.Unpaid payment : unpaid) {
            process.openReissue(payment.claimReference(), payment.reference());
            ledger.reissueWorkOpened(payment.id());
        }
        contribution.incrementWriteCount(unpaid.size());
        return unpaid.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }
}
