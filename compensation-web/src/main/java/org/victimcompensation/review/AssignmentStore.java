package org.victimcompensation.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.process.ClaimHolders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one writer of {@code claim_assignment}: who holds each claim. Also answers the engine, which
 * asks when new casework opens on a claim (no method security: the job executor asks too).
 */
@Repository
class AssignmentStore implements ClaimHolders {

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a free claim. False when someone holds it already; a concurrent taker waits on the
     * primary key until the first one commits, then finds it held.
     */
    boolean takeIfFree(UUID claimId, String assignee, String by, Instant at) {
        return jdbc.sql("""
                        insert into claim_assignment (claim_id, assignee, assigned_by, assigned_at) values (?, ?, ?, ?)
                        on conflict (claim_id) do nothing""")
                .params(claimId, assignee, by, Timestamp.from(at)).update() == 1;
    }

    void assign(UUID claimId, String assignee, String by, Instant at) {
        jdbc.sql("""
                        insert into claim_assignment (claim_id, assignee, assigned_by, assigned_at) values (?, ?, ?, ?)
                        on conflict (claim_id) do update set assignee = excluded.assignee,
                          assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""")
                .params(claimId, assignee, by, Timestamp.from(at)).update();
    }

    void deleteOf(UUID[] claimIds) {
        jdbc.sql("delete from claim_assignment where claim_id = any(?)").param(claimIds).update();
    }

    /** Releases the claim if {@code assignee} holds it; false otherwise. */
    boolean release(UUID claimId, String assignee) {
        return jdbc.sql("delete from claim_assignment where claim_id = ? and assignee = ?")
                .params(claimId, assignee).update() == 1;
    }

    Optional<String> holder(UUID claimId) {
        return jdbc.sql("select assignee from claim_assignment where claim_id = ?").param(claimId)
                .query(String.class).optional();
    }

    /** Holders of many claims in one query (search results). */
    Map<UUID, String> holders(Collection<UUID> claimIds) {
        Map<UUID, String> holders = new HashMap<>();
        if (!claimIds.isEmpty()) {
            jdbc.sql("select claim_id, assignee from claim_assignment where claim_id = any(?)")
                    .param(claimIds.toArray(UUID[]::new))
                    .query(rs -> {
                        holders.put(rs.getObject("claim_id", UUID.class), rs.getString("assignee"));
                    });
        }
        return holders;
    }

    @Override
    public Optional<String> holderOf(String claimReference) {
        return jdbc.sql("""
                        select a.assignee from claim_assignment a join claim c on c.id = a.claim_id
                        where c.reference = ?""")
                .param(claimReference).query(String.class).optional();
    }
}
