package nl.vraagwijzer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each test run its own empty PostgreSQL database on a real server, and drops it afterwards.
 * The server defaults to the local PostgreSQL with trust auth; CI or a laptop may point elsewhere
 * with VRAAGWIJZER_TEST_PG_URL (a JDBC URL of any existing database on the server, used to create
 * the fresh one), VRAAGWIJZER_TEST_PG_USER and VRAAGWIJZER_TEST_PG_PASSWORD.
 */
public class FreshDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        adminUrl = env("VRAAGWIJZER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        user = env("VRAAGWIJZER_TEST_PG_USER", "postgres");
        password = env("VRAAGWIJZER_TEST_PG_PASSWORD", "");
        database = "vraagwijzer_test_" + letters(UUID.randomUUID());
        execute("create database " + database);
        String url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        // Flyway migrates as the server's admin account; the service connects as its own role,
        // without superuser or BYPASSRLS, as in production (ADR 0013)
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.flyway.username", user,
                // Quarkus wants a password for Flyway's own connection; trust auth ignores it
                "quarkus.flyway.password", password.isEmpty() ? "trust" : password,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + adminUrl + " refused: " + sql
                            + ". Is it running? On this machine kind: pg_ctlcluster --skip-systemctl-redirect 15 main start",
                    e);
        }
    }

    /**
     * Twelve random letters: no digits, because the name is logged and BsnInLogsIT would read nine
     * digits that happen to pass the elfproef as a BSN.
     */
    private static String letters(UUID random) {
        StringBuilder name = new StringBuilder();
        random.toString()
                .replace("-", "")
                .chars()
                .limit(12)
                .forEach(c -> name.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : Character.toLowerCase(c))));
        return name.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
