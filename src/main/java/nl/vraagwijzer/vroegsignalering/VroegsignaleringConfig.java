package nl.vraagwijzer.vroegsignalering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outreach on early signals runs ({@code vraagwijzer.vroegsignalering.*}). */
@ConfigMapping(prefix = "vraagwijzer.vroegsignalering")
public interface VroegsignaleringConfig {

    /** Days after a case's first signal within which further signals about the resident join it. */
    @WithDefault("90")
    int matchingperiodeDagen();

    /** The term in working days for a signal that is no crisis (a crisis has the act's three). */
    @WithDefault("10")
    int termijnWerkdagen();

    /** Attempts without contact after which closing as "Definitief geen contact" is proposed. */
    @WithDefault("3")
    int pogingenZonderContact();
}
