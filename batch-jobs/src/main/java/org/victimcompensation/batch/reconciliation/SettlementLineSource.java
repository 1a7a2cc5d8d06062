package org.victimcompensation.batch.reconciliation;

import org.victimcompensation.domain.payment.SettlementLine;

import java.io.IOException;

/**
 * One format's reader: turns a file into neutral settlement lines, one at a time and in file order,
 * so a large file is never held whole. A file it cannot read makes it throw
 * {@link SettlementFileException} saying where.
 */
interface SettlementLineSource extends AutoCloseable {

    /** The next line, or null at the end of the file (after its trailer checks passed). */
    SettlementLine next() throws IOException;

    @Override
    void close() throws IOException;
}
