package nl.vraagwijzer.socialekaart;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the directory ({@code vraagwijzer.sociale-kaart.*}). */
@ConfigMapping(prefix = "vraagwijzer.sociale-kaart")
public interface SocialeKaartConfig {

    /**
     * How long a partner's statement of places and waiting time holds; older ones are shown as
     * stale and no longer count as capacity in advice (VRAAGWIJZER_SOCIALE_KAART_CAPACITEIT_GELDIG).
     */
    @WithDefault("P30D")
    Duration capaciteitGeldig();
}
