package nl.vraagwijzer.shared.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the exports that every feature shares. */
@ConfigMapping(prefix = "vraagwijzer")
public interface ExportConfig {

    /**
     * The secret that turns a resident's id into a stable pseudonym for the {@code rapportage}
     * role (HMAC-SHA256). Set it from the environment in production
     * ({@code VRAAGWIJZER_PSEUDONIEM_SLEUTEL}); changing it changes every pseudonym.
     */
    @WithDefault("alleen-voor-ontwikkeling-vervang-in-productie")
    String pseudoniemSleutel();
}
