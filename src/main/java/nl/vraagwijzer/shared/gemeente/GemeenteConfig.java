package nl.vraagwijzer.shared.gemeente;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The municipalities of this deployment (ADR 0013). */
@ConfigMapping(prefix = "vraagwijzer.gemeente")
public interface GemeenteConfig {

    /**
     * The gemeente (CBS code) that existing data was migrated to, and that a staff token naming no
     * gemeente acts for (read by the Flyway placeholder {@code standaard_gemeente} too).
     */
    @WithDefault("GM0505")
    String standaard();
}
