package org.victimcompensation.batch.reconciliation;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;
import org.victimcompensation.domain.payment.SettlementLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's reader, whatever the format. Its item is a block of lines, one transaction's worth, so
 * Spring Batch's per-item work (timers, listeners, counters) is paid once a block, not once a line,
 * in files of a million lines. The count of blocks read is saved with each one, and the block's size
 * with it, so a restarted job reads past the lines already applied and goes on from there, even when
 * chunk-size was changed in between.
 */
class SettlementLineReader extends AbstractItemCountingItemStreamItemReader<List<SettlementLine>> {

    private static final String LINES_PER_BLOCK = "lines.per.block";

    private final Path file;
    private final SettlementFormat format;
    private final BankCsvMapping bankCsv;
    private int linesPerBlock;
    private SettlementLineSource source;
    private boolean ended;

    SettlementLineReader(Path file, SettlementFormat format, BankCsvMapping bankCsv, int linesPerBlock) {
        this.file = file;
        this.format = format;
        this.bankCsv = bankCsv;
        this.linesPerBlock = linesPerBlock;
        setName("settlementLines");
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(getExecutionContextKey(LINES_PER_BLOCK))) {
            linesPerBlock = context.getInt(getExecutionContextKey(LINES_PER_BLOCK));
        }
        super.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putInt(getExecutionContextKey(LINES_PER_BLOCK), linesPerBlock);
    }

    @Override
    protected void doOpen() throws IOException {
        source = SettlementFiles.open(file, format, bankCsv);
        ended = false;
    }

    @Override
    protected List<SettlementLine> doRead() throws IOException {
        List<SettlementLine> block = new ArrayList<>(linesPerBlock);
        while (!ended && block.size() < linesPerBlock) {
            SettlementLine line = source.next();
            if (line == null) {
                ended = true; // a source is asked past its end once only
            } else {
                block.add(line);
            }
        }
        return block.isEmpty() ? null : block;
    }

    @Override
    protected void doClose() throws IOException {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
