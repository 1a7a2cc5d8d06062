package org.victimcompensation.infra.database;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Work that must run on one node at a time, cluster-wide: a PostgreSQL advisory lock, held on a
 * connection of its own for as long as the work runs and released when it ends (or when the node
 * dies and PostgreSQL closes its session, so a crashed node never holds it).
 */
@Component
public class ClusterLock {


    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work that may throw; the lock is released either way. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs the work if no node holds the named lock; false (and nothing run) when one does. */
    public boolean runExclusively(String name, Work work) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)", name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(?)", name);
            }
        }
    }

    /** 64 bits of SHA-256 of a prefixed name: two of our names, or ours and another program's, do not meet. */
    private static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("victim-compensation:" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(name));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
