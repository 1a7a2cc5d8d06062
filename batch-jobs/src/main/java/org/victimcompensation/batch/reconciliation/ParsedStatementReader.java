package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;
import org.victimcompensation.domain.payment.SettlementLine;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a camt.053 statement's lines one by one. The position is saved with each chunk, so a
 * restarted job skips the lines already applied.
 */
class ParsedStatementReader extends AbstractItemCountingItemStreamItemReader<SettlementLine> {

    private final Path file;
    private List<SettlementLine> lines;

    ParsedStatementReader(Path file) {
        this.file = file;
        setName("camt053Lines");
    }

    @Override
    protected void doOpen() {
        lines = SettlementFiles.camtLines(file);
    }

    @Override
    protected SettlementLine doRead() {
        int index = getCurrentItemCount() - 1;
        return index < lines.size() ? lines.get(index) : null;
    }

    @Override
    protected void doClose() {
        lines = null;
    }
}
