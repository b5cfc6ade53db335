package nl.vraagwijzer.voordeur;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the front door: limits, retention, the intake team. */
@ConfigMapping(prefix = "vraagwijzer")
public interface VoordeurConfig {

    /** Per caller per minute, against harvesting with a stolen token or a runaway script. */
    Limieten limieten();

    /** Rate limits. */
    interface Limieten {

        @WithDefault("30")
        int bsnZoekenPerMinuut();

        @WithDefault("10")
        int exportsPerMinuut();
    }

    /**
     * How long a resident's personal data is kept after their last question was closed; then the
     * retention job anonymises it (VRAAGWIJZER_BEWAARTERMIJN, an ISO-8601 duration).
     */
    @WithDefault("P730D")
    java.time.Duration bewaartermijn();

    /**
     * The team that picks up questions pushed by partners (aanmeldingen, signalen), in a gemeente
     * that names none of its own ({@code vraagwijzer.gemeenten.<code>.intake-team}).
     */
    @WithDefault("voordeur")
    String intakeTeam();
}
