package nl.vraagwijzer.shared.gemeente;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The municipalities of this deployment, with their wijken, teams and own settings (ADR 0013). */
@ConfigMapping(prefix = "vraagwijzer")
public interface GemeenteConfig {

    Standaard gemeente();

    /**
     * The gemeenten this deployment serves, by CBS code ({@code vraagwijzer.gemeenten.GM0988.naam}).
     * The default gemeente is always one of them, also when it is not listed.
     */
    Map<String, Gemeente> gemeenten();

    /** The default gemeente. */
    interface Standaard {

        /**
         * The gemeente (CBS code) that existing data was migrated to, and that a staff token naming no
         * gemeente acts for (read by the Flyway placeholder {@code standaard_gemeente} too).
         */
        @WithDefault("GM0505")
        String standaard();

        /**
         * The OIN of the default gemeente when it is not listed under {@code vraagwijzer.gemeenten}
         * (see {@link Gemeente#oin()}).
         */
        Optional<String> oin();
    }

    /** One gemeente's own settings. */
    interface Gemeente {

        String naam();

        /**
         * The wijken by name, each with its postcode areas: a four-digit area ({@code 3317}) or a
         * range of full postcodes ({@code 3311AA-3311ZZ}). A postcode outside them lies in no wijk.
         */
        Map<String, List<String>> wijken();

        /** The teams by code (the {@code team} claim of its staff). */
        Map<String, Team> teams();

        /** The team that picks up questions partners push to this gemeente; else {@code vraagwijzer.intake-team}. */
        Optional<String> intakeTeam();

        /** How long personal data is kept after the last question closed; else {@code vraagwijzer.bewaartermijn}. */
        Optional<Duration> bewaartermijn();

        /**
         * The gemeente's organisatie-identificatienummer (OIN, twenty digits, from Logius' COR): the
         * {@code source} of its events is {@code urn:nld:oin:<OIN>:systeem:vraagwijzer} (NL GOV
         * profile for CloudEvents). Without it the events carry the CBS code instead, and the service
         * warns at start.
         */
        Optional<String> oin();
    }

    /** A team of a gemeente. */
    interface Team {

        String naam();

        /** The wijken the team works in; none: the whole gemeente. */
        Optional<List<String>> wijken();
    }
}
