package nl.vraagwijzer.shared.cijfers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How every feature's figures are published ({@code vraagwijzer.cijfers.*}). */
@ConfigMapping(prefix = "vraagwijzer.cijfers")
public interface CijferConfig {

    /** A count below this (and above 0) is suppressed, in every report without personal data. */
    @WithDefault("5")
    int kleinsteAantal();
}
