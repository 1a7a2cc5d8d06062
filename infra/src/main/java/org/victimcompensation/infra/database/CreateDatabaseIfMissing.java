package org.victimcompensation.infra.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * For development and tests only ({@code compensation.database.create-if-missing=true}): creates the
 * PostgreSQL database named in {@code spring.datasource.url} when it does not exist yet, and the
 * application's login role ({@code spring.datasource.username}) when it differs from the owner that
 * runs migrations ({@code spring.liquibase.user}), so that a fresh machine runs the service and its
 * tests with one command each. Production databases and roles are provisioned by their operators.
 */
public class CreateDatabaseIfMissing implements EnvironmentPostProcessor {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("compensation.database.create-if-missing", Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalStateException("refusing to create a database with an unusual name");
        }
        String applicationRole = environment.getProperty("spring.datasource.username");
        String owner = environment.getProperty("spring.liquibase.user", applicationRole);
        String maintenanceUrl = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, owner,
                environment.getProperty("spring.liquibase.password", environment.getProperty("spring.datasource.password")))) {
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database " + database);
                }
            }
            if (applicationRole != null && !applicationRole.equals(owner)
                    && !exists(connection, "select 1 from pg_roles where rolname = ?", applicationRole)) {
                if (!SAFE_NAME.matcher(applicationRole).matches()) {
                    throw new IllegalStateException("refusing to create a role with an unusual name");
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + applicationRole + " login");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " on " + uri.getAuthority()
                    + " (is PostgreSQL running?)", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
