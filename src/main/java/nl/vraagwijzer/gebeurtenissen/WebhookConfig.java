package nl.vraagwijzer.gebeurtenissen;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery settings. */
@ConfigMapping(prefix = "vraagwijzer.webhooks")
public interface WebhookConfig {

    /**
     * The addresses partners may subscribe: a URL with scheme, host, port (or {@code *} for every
     * port) and optionally a path, under which the callback's path must lie. Compared on the
     * parsed URL ({@link Webhookadressen}), so partners cannot make the service call other
     * addresses. None: no webhooks.
     */
    Optional<List<String>> toegestaan();

    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("PT5S")
    Duration backoffStart();

    /** The longest wait between attempts. */
    @WithDefault("PT1H")
    Duration backoffMax();

    /** Failures in a row after which a subscription is switched off until the partner re-enables it. */
    @WithDefault("10")
    int maxMislukkingen();

    /** How often due deliveries are looked for (read by the scheduler in {@code Webhookbezorging}). */
    @WithDefault("2s")
    String interval();

    /**
     * How many subscriptions one replica delivers at once, each on a thread of its own: a slow
     * receiver holds up its own subscription only.
     */
    @WithDefault("8")
    int gelijktijdig();

    /** How long one delivery may take. */
    @WithDefault("PT10S")
    Duration timeout();
}
