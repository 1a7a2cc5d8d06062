package org.victimcompensation.letters;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.victimcompensation.domain.letters.LetterKind;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The letters a survivor receives: recorded when their event happens, sealed with the claim in the same
 * transaction, so a decision and its letter commit together; laid out as a PDF just after
 * ({@link LetterLayout}). Callers check who is asking.
 */
@Service
public class Letters {

    private final LetterLayout layout;
    private final LetterStore store;
    private final PrintBatchStore printBatches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Letters(LetterLayout layout, LetterStore store, PrintBatchStore printBatches, ApplicationEventPublisher events,
            Clock clock) {
        this.printBatches = printBatches;
        this.layout = layout;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A letter was issued, told inside the transaction that issued it, so what listeners write (the
     * notices that say there is an update) commits or rolls back with the letter and its event.
     */
    public record LetterIssued(UUID letterId, UUID claimId, LetterKind kind) {
    }

    public record LetterInfo(UUID id, LetterKind kind, Instant createdAt, String language) {
    }

    public record LetterContent(LetterKind kind, byte[] pdf) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void issue(LetterFacts facts) {
        UUID id = UUID.randomUUID();
        store.insert(id, facts, clock.instant());
        events.publishEvent(new LetterIssued(id, facts.claimId(), facts.kind()));
    }

    @Transactional(readOnly = true)
    public List<LetterInfo> list(UUID claimId) {
        return store.list(claimId);
    }

    @Transactional
    public Optional<LetterContent> pdf(UUID claimId, UUID letterId) {
        return layout.content(claimId, letterId);
    }

    /** The retention purge: the claims' letters are deleted with them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int purge(Collection<UUID> claimIds) {
        UUID[] ids = claimIds.toArray(UUID[]::new);
        printBatches.forgetLettersOf(ids);
        return store.deleteOf(ids);
    }

    /** A letter as a download: never cached, never sniffed, named by its kind (no personal data in the name). */
    public static ResponseEntity<byte[]> download(LetterContent letter) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("letter-" + letter.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(letter.pdf());
    }
}
