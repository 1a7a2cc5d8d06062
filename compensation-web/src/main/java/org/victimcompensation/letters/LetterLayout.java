package org.victimcompensation.letters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out as PDFs the letters recorded without one: every node's worker takes the oldest waiting few
 * (rows locked, rows another node holds skipped), and whoever reads a letter first has it laid out then.
 * A letter that cannot be laid out is logged by id and left waiting, so it holds up no other; on this
 * node the worker tries it again only after a restart.
 */
@Component
class LetterLayout {

    private static final Logger log = LoggerFactory.getLogger(LetterLayout.class);
    private static final int AT_ONCE = 10;
    /** Batches a tick: the scheduler's one thread also sends notices, so a long backlog is taken in turns. */
    private static final int BATCHES_A_TICK = 10;

    private final LetterStore store;
    private final LetterRenderer renderer;
    private final TransactionTemplate transaction;
    private final Set<UUID> failed = ConcurrentHashMap.newKeySet();

    LetterLayout(LetterStore store, LetterRenderer renderer, TransactionTemplate transaction) {
        this.store = store;
        this.renderer = renderer;
        this.transaction = transaction;
    }

    /** A letter that could not be laid out: its facts could not be opened or the layout failed. */
    static final class LayoutFailed extends RuntimeException {
        LayoutFailed(UUID letterId, RuntimeException cause) {
            super("letter " + letterId + " could not be laid out", cause);
        }

        /** The kind of failure only: a parser's message may quote what the letter says. */
        String reason() {
            return getCause().getClass().getName();
        }
    }

    @Scheduled(fixedDelayString = "${compensation.letters.layout-every:PT2S}", initialDelayString = "PT5S")
    void layOutWaiting() {
        for (int batch = 0; batch < BATCHES_A_TICK; batch++) {
            if (!Boolean.TRUE.equals(transaction.execute(status -> layOutSome()))) {
                return;
            }
        }
    }

    private boolean layOutSome() {
        List<LetterStore.Stored> waiting = store.lockWaiting(AT_ONCE, failed);
        for (LetterStore.Stored letter : waiting) {
            byte[] pdf;
            try {
                pdf = layOut(letter);
            } catch (LayoutFailed e) {
                failed.add(letter.id());
                log.error("Letter {} could not be laid out ({}); it stays waiting", letter.id(), e.reason());
                continue;
            }
            store.laidOut(letter.id(), pdf);
        }
        return waiting.size() == AT_ONCE;
    }

    /**
     * A letter's PDF, laid out now when the worker has not got to it yet (the row locked only then).
     * Throws {@link LayoutFailed} before writing anything, so the caller's transaction can go on (it is
     * not marked for rollback: a print batch leaves the letter out and commits the rest).
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = LayoutFailed.class)
    Optional<Letters.LetterContent> content(UUID claimId, UUID letterId) {
        Optional<LetterStore.Stored> found = store.find(claimId, letterId);
        if (found.isPresent() && found.get().pdf() == null) {
            found = store.lock(claimId, letterId);
        }
        return found.map(letter -> {
            if (letter.pdf() != null) {
                return new Letters.LetterContent(letter.kind(), letter.pdf());
            }
            byte[] pdf = layOut(letter);
            store.laidOut(letter.id(), pdf);
            return new Letters.LetterContent(letter.kind(), pdf);
        });
    }

    private byte[] layOut(LetterStore.Stored letter) {
        try {
            return renderer.render(store.facts(letter));
        } catch (RuntimeException e) {
            throw new LayoutFailed(letter.id(), e);
        }
    }
}
