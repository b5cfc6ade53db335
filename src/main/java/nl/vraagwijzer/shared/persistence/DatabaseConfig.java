package nl.vraagwijzer.shared.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the service treats a slow or absent database (Databasestoring). */
@ConfigMapping(prefix = "vraagwijzer.database")
public interface DatabaseConfig {

    /**
     * The longest a single statement may run before PostgreSQL cancels it and the client gets 503
     * (read by the JDBC options in application.properties).
     */
    @WithDefault("15s")
    String statementTimeout();

    /**
     * The role the service connects as: it owns nothing and cannot bypass row-level security; the
     * migrations grant it what it needs (ADR 0013).
     */
    @WithDefault("vraagwijzer_app")
    String appRol();

    /** How often, during an outage, the service checks whether the database is back. */
    @WithDefault("5s")
    String herstelcontrole();
}
