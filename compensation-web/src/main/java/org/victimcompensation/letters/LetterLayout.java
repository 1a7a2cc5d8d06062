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
 * A letter whose layout fails is logged by id and left for the next start, so it holds up no other.
 */
@Component
class LetterLayout {

    private static final Logger log = LoggerFactory.getLogger(LetterLayout.class);
    private static final int AT_ONCE = 10;

    private final LetterStore store;
    private final LetterRenderer renderer;
    private final TransactionTemplate transaction;
    private final Set<UUID> failed = ConcurrentHashMap.newKeySet();

    LetterLayout(LetterStore store, LetterRenderer renderer, TransactionTemplate transaction) {
        this.store = store;
        this.renderer = renderer;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${compensation.letters.layout-every:PT2S}", initialDelayString = "PT5S")
    void layOutWaiting() {
        while (Boolean.TRUE.equals(transaction.execute(status -> layOutSome()))) {
            // another few are waiting
        }
    }

    private boolean layOutSome() {
        List<LetterStore.Stored> waiting = store.lockWaiting(AT_ONCE, failed);
        for (LetterStore.Stored letter : waiting) {
            try {
                store.laidOut(letter.id(), renderer.render(letter.facts()));
            } catch (RuntimeException e) {
                failed.add(letter.id());
                log.error("Letter {} could not be laid out; it stays waiting", letter.id(), e);
            }
        }
        return waiting.size() == AT_ONCE;
    }

    /** A letter's PDF, laid out now when the worker has not got to it yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Letters.LetterContent> content(UUID claimId, UUID letterId) {
        return store.lock(claimId, letterId).map(letter -> {
            if (letter.pdf() != null) {
                return new Letters.LetterContent(letter.kind(), letter.pdf());
            }
            byte[] pdf = renderer.render(letter.facts());
            store.laidOut(letter.id(), pdf);
            return new Letters.LetterContent(letter.kind(), pdf);
        });
    }
}
