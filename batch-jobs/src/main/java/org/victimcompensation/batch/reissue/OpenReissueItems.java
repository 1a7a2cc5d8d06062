package org.victimcompensation.batch.reissue;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.process.ClaimProcess;

import java.util.List;
import java.util.UUID;

/**
 * A payment that came back or was refused needs a person: each gets one REISSUE work item, opened
 * in the same transaction that flags the payment, so none is opened twice or missed on restart.
 */
@Component
public class OpenReissueItems implements Tasklet {

    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final ClaimProcess process;

    OpenReissueItems(JdbcClient jdbc, ClaimProcess process) {
        this.jdbc = jdbc;
        this.process = process;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<NotPaid> notPaid = jdbc.sql("""
                        select p.id, p.reference, c.reference as claim_reference from payment p join claim c on c.id = p.claim_id
                        where p.status in ('RETURNED', 'FAILED') and not p.reissue_opened
                        limit :batch for update of p skip locked""")
                .param("batch", BATCH)
                .query((rs, i) -> new NotPaid(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("claim_reference"))).list();
        for (NotPaid payment : notPaid) {
            process.openReissue(payment.claimReference(), payment.reference());
            jdbc.sql("update payment set reissue_opened = true where id = ?").param(payment.id()).update();
        }
        contribution.incrementWriteCount(notPaid.size());
        return notPaid.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    private record NotPaid(UUID id, String reference, String claimReference) {
    }
}
