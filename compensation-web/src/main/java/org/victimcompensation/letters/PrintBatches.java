package org.victimcompensation.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.api.ConflictException;
import org.victimcompensation.audit.AuditAction;
import org.victimcompensation.audit.AuditLog;
import org.victimcompensation.infra.database.ClusterLock;
import org.victimcompensation.security.Access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The print batch for programs that mail: one PDF of every letter issued since the last batch that may
 * be mailed, each after a sheet with its address block (an Address Confidentiality Program participant's
 * substitute address only). A letter to a survivor who said mail is unsafe, or who gave no address, is
 * recorded as withheld and never printed. Each letter is taken by one batch only, oldest first and at
 * most {@code max-letters} a batch, none issued before {@code since}; the batch is made on
 * one node at a time (ClusterLock), daily on a schedule when {@code compensation.letters.print.enabled},
 * and whenever program staff ask.
 */
@Service
@EnableConfigurationProperties(PrintSettings.class)
public class PrintBatches {

    private static final Logger log = LoggerFactory.getLogger(PrintBatches.class);
    private static final String LOCK = "letters:print-batch";

    private final PrintBatchStore store;
    private final LetterLayout layout;
    private final LetterRenderer renderer;
    private final MailingAddresses addresses;
    private final ClusterLock lock;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean scheduled;
    private final Instant printFrom;
    private final int maxLetters;

    PrintBatches(PrintBatchStore store, LetterLayout layout, LetterRenderer renderer, MailingAddresses addresses,
                 ClusterLock lock, AuditLog audit, TransactionTemplate transaction, Clock clock,
                 PrintSettings settings, ZoneId programZone) {
        this.store = store;
        this.layout = layout;
        this.renderer = renderer;
        this.addresses = addresses;
        this.lock = lock;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.scheduled = settings.enabled();
        this.printFrom = settings.since() == null ? null : settings.since().atStartOfDay(programZone).toInstant();
        this.maxLetters = settings.maxLetters();
    }

    /** What a batch took: letters printed, letters withheld (no PDF when nothing was printed). */
    public record Batch(UUID id, Instant createdAt, int letters, int withheld) {
    }

    /** Program staff make the batch now (409 while another node is making one). */
    @Access.ProgramOperations
    public Batch printNow(String actor) {
        return make(actor).orElseThrow(() -> new ConflictException("A print batch is being made right now. Try again in a minute."));
    }

    /** The batch's PDF, its reading audited like a claim's documents are. */
    @Access.ProgramOperations
    public Optional<byte[]> pdf(UUID batchId, String actor) {
        return transaction.execute(status -> {
            Optional<byte[]> pdf = store.pdf(batchId);
            pdf.ifPresent(found -> audit.recordOperation(actor, AuditAction.PRINT_BATCH_READ, "print batch " + batchId));
            return pdf;
        });
    }

    @Access.ProgramOperations
    public boolean exists(UUID batchId) {
        return Boolean.TRUE.equals(transaction.execute(status -> store.exists(batchId)));
    }

    @Scheduled(cron = "${compensation.letters.print.cron:0 0 16 * * MON-FRI}", zone = "${compensation.reports.zone}")
    void daily() {
        if (scheduled) {
            make("schedule").ifPresentOrElse(batch -> log.info("Print batch {}: {} letters, {} withheld", batch.id(),
                    batch.letters(), batch.withheld()), () -> log.info("Print batch is being made on another node"));
        }
    }

    private Optional<Batch> make(String actor) {
        AtomicReference<Batch> made = new AtomicReference<>();
        try {
            lock.runExclusively(LOCK, () -> made.set(transaction.execute(status -> makeNow(actor))));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Optional.ofNullable(made.get());
    }

    private Batch makeNow(String actor) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        List<PrintBatchStore.Unprinted> printed = new ArrayList<>();
        List<PrintBatchStore.Unprinted> withheld = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PrintBatchStore.Unprinted letter : store.unprinted(printFrom, now, maxLetters)) {
            MailingAddresses.MailTo to = addresses.of(letter.claimId());
            if (to instanceof MailingAddresses.Address address) {
                byte[] pdf;
                try {
                    pdf = layout.content(letter.claimId(), letter.letterId()).orElseThrow().pdf();
                } catch (LetterLayout.LayoutFailed e) {
                    // Left out and left unprinted, so it holds up no other letter; the next batch tries it again.
                    log.error("Letter {} left out of print batch {} ({})", letter.letterId(), id, e.reason());
                    continue;
                }
                parts.add(renderer.addressSheet(letter.language(), address.lines()));
                parts.add(pdf);
                printed.add(letter);
            } else {
                withheld.add(letter);
                reasons.add(((MailingAddresses.Withheld) to).reason());
            }
        }
        store.insert(id, now, actor, printed.size(), parts.isEmpty() ? null : merge(parts));
        printed.forEach(letter -> store.record(id, letter.letterId(), "PRINTED"));
        for (int i = 0; i < withheld.size(); i++) {
            store.record(id, withheld.get(i).letterId(), reasons.get(i));
        }
        audit.recordOperation(actor, AuditAction.PRINT_BATCH_MADE, "print batch " + id + ": " + printed.size()
                + " printed, " + withheld.size() + " withheld");
        return new Batch(id, now, printed.size(), withheld.size());
    }

    private static byte[] merge(List<byte[]> parts) {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument batch = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] part : parts) {
                PDDocument document = Loader.loadPDF(part);
                open.add(document);
                merger.appendDocument(batch, document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batch.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument document : open) {
                try {
                    document.close();
                } catch (IOException ignored) {
                    // closing a document read from memory frees memory only
                }
            }
        }
    }
}
