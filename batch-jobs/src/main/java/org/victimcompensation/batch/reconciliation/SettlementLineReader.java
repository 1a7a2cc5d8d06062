package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;
import org.victimcompensation.domain.payment.SettlementLine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The job's reader, whatever the format. The count of lines read is saved with each chunk, so a
 * restarted job reads past the lines already applied and goes on from there.
 */
class SettlementLineReader extends AbstractItemCountingItemStreamItemReader<SettlementLine> {

    private final Path file;
    private final SettlementFormat format;
    private final BankCsvMapping bankCsv;
    private SettlementLineSource source;

    SettlementLineReader(Path file, SettlementFormat format, BankCsvMapping bankCsv) {
        this.file = file;
        this.format = format;
        this.bankCsv = bankCsv;
        setName("settlementLines");
    }

    @Override
    protected void doOpen() throws IOException {
        source = SettlementFiles.open(file, format, bankCsv);
    }

    @Override
    protected SettlementLine doRead() throws IOException {
        return source.next();
    }

    @Override
    protected void doClose() throws IOException {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
