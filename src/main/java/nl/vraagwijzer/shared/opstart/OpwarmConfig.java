package nl.vraagwijzer.shared.opstart;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the warm-up at start ({@code vraagwijzer.opwarmen.*}). */
@ConfigMapping(prefix = "vraagwijzer.opwarmen")
public interface OpwarmConfig {

    /**
     * How often each feature's queries run before the first request (VRAAGWIJZER_OPWARMEN_RONDES);
     * 0 switches the warm-up off.
     */
    @WithDefault("2")
    int rondes();
}
