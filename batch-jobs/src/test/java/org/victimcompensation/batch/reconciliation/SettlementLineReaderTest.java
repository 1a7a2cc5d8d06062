package org.victimcompensation.batch.reconciliation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;
import org.victimcompensation.domain.payment.SettlementLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's reader hands out blocks, and a restart goes on at the first line not applied. */
class SettlementLineReaderTest {

    @TempDir
    Path dir;

    @Test
    void blocksCoverTheFileOnceAndTheLastIsShort() throws Exception {
        Path file = settlementFile(7);
        SettlementLineReader reader = new SettlementLineReader(file, SettlementFormat.CSV, BankCsvMapping.none(), 3);
        reader.open(new ExecutionContext());
        assertThat(blockSizes(reader)).containsExactly(3, 3, 1);
        reader.close();
    }

    @Test
    void aRestartAfterChunkSizeChangedGoesOnAtTheFirstLineNotApplied() throws Exception {
        Path file = settlementFile(10);
        SettlementLineReader first = new SettlementLineReader(file, SettlementFormat.CSV, BankCsvMapping.none(), 3);
        ExecutionContext saved = new ExecutionContext();
        first.open(saved);
        first.read();
        first.read();
        first.update(saved); // two blocks of 3 committed, then the run died
        first.close();

        SettlementLineReader restarted = new SettlementLineReader(file, SettlementFormat.CSV, BankCsvMapping.none(), 5);
        restarted.open(saved);
        List<SettlementLine> next = restarted.read();
        assertThat(next).extracting(line -> line.references().get(0)).first().isEqualTo(reference(7));
        assertThat(next).hasSize(3);
        assertThat(restarted.read()).extracting(line -> line.references().get(0)).containsExactly(reference(10));
        assertThat(restarted.read()).isNull();
        restarted.close();
    }

    private List<Integer> blockSizes(SettlementLineReader reader) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (List<SettlementLine> block = reader.read(); block != null; block = reader.read()) {
            sizes.add(block.size());
        }
        return sizes;
    }

    /** The service's own CSV layout (README, Reconciliation): one settled payment a line. */
    private Path settlementFile(int lines) throws Exception {
        StringBuilder csv = new StringBuilder("payment_reference,gateway_id,amount,currency,status,value_date,return_code\n");
        for (int i = 1; i <= lines; i++) {
            csv.append(reference(i)).append(",GW-").append(i).append(",10.00,USD,SETTLED,2026-11-30,\n");
        }
        return Files.writeString(dir.resolve("settlement.csv"), csv);
    }

    private static String reference(int i) {
        return "P00000000000" + String.format("%03d", i);
    }
}
