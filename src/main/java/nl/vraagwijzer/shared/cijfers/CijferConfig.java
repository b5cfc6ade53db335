package nl.vraagwijzer.shared.cijfers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How every feature's figures are published ({@code vraagwijzer.cijfers.*}). */
@ConfigMapping(prefix = "vraagwijzer.cijfers")
public interface CijferConfig {

    /** A count below this (and above 0) is suppressed, in every report without personal data. */
    @WithDefault("5")
    int kleinsteAantal();

    /**
     * Whether the figures are read from the primary database while the read replica (the datasource
     * {@code rapportage}) is away; without, they answer 503 with {@code Retry-After} (ADR 0024).
     */
    @WithDefault("false")
    boolean terugvallenOpPrimair();

    /** The connections of the figures' own pool (the datasource {@code rapportage}). */
    @WithDefault("4")
    int verbindingen();

    /**
     * How often a replica looks whether the steering figures' day counts are behind (a day has ended
     * since they were stored) and then stores them again; {@code off} never (they are counted live).
     */
    @WithDefault("15m")
    String dagcijfersInterval();

    /** How long after start that look is first taken. */
    @WithDefault("1m")
    String dagcijfersVertraging();

    /** How long one figure's statement may run on the figures' database before it is cancelled (503). */
    @WithDefault("30s")
    String statementTimeout();
}
