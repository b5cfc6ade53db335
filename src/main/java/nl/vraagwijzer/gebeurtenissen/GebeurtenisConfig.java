package nl.vraagwijzer.gebeurtenissen;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/** How events look to their receivers. */
@ConfigMapping(prefix = "vraagwijzer.gebeurtenissen")
public interface GebeurtenisConfig {

    /** The old event shape of before 1.4.0, served only on explicit request until its sunset. */
    Verouderd verouderd();

    interface Verouderd {

        /** Since when the old shape is deprecated ({@code Deprecation}, RFC 9745): the release of 1.4.0. */
        @WithDefault("2026-12-06")
        LocalDate sinds();

        /** From when it is no longer served ({@code Sunset}, RFC 8594): one minor release later. */
        @WithDefault("2027-06-30")
        LocalDate sunset();
    }
}
