package org.victimcompensation.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.victimcompensation.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session at once, each adding the same attribute: what two tabs of the console
 * do when both first need the CSRF token (seen under load as a duplicate key in the middle of the
 * queue page). Both saves succeed and the later one is kept.
 */
class SharedSessionsTest extends ApiTest {

    private final SessionRepository<Session> sessions;

    /** The repository's own session type is not public: read it as the SessionRepository it is. */
    @Autowired
    @SuppressWarnings({"unchecked", "rawtypes"})
    SharedSessionsTest(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Test
    void twoRequestsOfOneSessionMayBothAddTheSameAttribute() {
        Session created = sessions.createSession();
        sessions.save(created);
        String id = created.getId();
        try {
            Session first = sessions.findById(id);
            Session second = sessions.findById(id);
            first.setAttribute("token", "from the first tab");
            second.setAttribute("token", "from the second tab");

            sessions.save(first);
            sessions.save(second);

            assertThat(sessions.findById(id).<String>getAttribute("token")).isEqualTo("from the second tab");
        } finally {
            sessions.deleteById(id);
        }
    }
}
