package org.victimcompensation.process;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One real engine on the real PostgreSQL for the process tests, in a database of their own whose
 * schema Liquibase creates from Camunda's shipped changelog, as in the service. The job executor
 * is off: tests run jobs (async continuations, timers) themselves.
 */
final class PostgresProcessEngine {

    private static final String SERVER = System.getProperty("test.postgres.server", "127.0.0.1:5432");
    private static final String DATABASE = System.getProperty("test.process.database", "compensation_process_test");
    private static ProcessEngine engine;

    private PostgresProcessEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            String url = "jdbc:postgresql://" + SERVER + "/" + DATABASE;
            createDatabaseIfMissing();
            migrate(url);
            StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
            config.setJdbcUrl(url);
            config.setJdbcUsername("postgres");
            config.setJdbcPassword("");
            config.setJdbcDriver("org.postgresql.Driver");
            config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
            config.setJobExecutorActivate(false);
            config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            config.setExpressionManager(new MockExpressionManager());
            config.setProcessEngineName("process-test");
            engine = config.buildProcessEngine();
        }
        return engine;
    }

    private static void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres", "")) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    c.createStatement().execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER, e);
        }
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the shortest way to run one changelog
    private static void migrate(String url) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase("org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml",
                    new ClassLoaderResourceAccessor(), database).update("");
        } catch (Exception e) {
            throw new IllegalStateException("could not create the engine schema", e);
        }
    }
}
