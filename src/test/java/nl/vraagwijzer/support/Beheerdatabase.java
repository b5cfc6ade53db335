package nl.vraagwijzer.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test database as its owner (the superuser Flyway migrates with), which row-level security
 * does not hold back: for tests that check what was written in every gemeente.
 */
public final class Beheerdatabase {

    private Beheerdatabase() {}

    public static Connection verbinding() throws SQLException {
        return DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "");
    }

    /** The first column of every row of {@code sql}, as text. */
    public static List<String> kolom(String sql, Object... parameters) {
        try (Connection verbinding = verbinding();
                PreparedStatement vraag = verbinding.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                vraag.setObject(i + 1, parameters[i]);
            }
            List<String> waarden = new ArrayList<>();
            try (ResultSet rij = vraag.executeQuery()) {
                while (rij.next()) {
                    waarden.add(rij.getString(1));
                }
            }
            return waarden;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long tel(String sql, Object... parameters) {
        return Long.parseLong(kolom(sql, parameters).get(0));
    }
}
