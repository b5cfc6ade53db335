package nl.vraagwijzer.gebeurtenissen;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /**
     * How long failed attempts go on (counted from the first failure in a row, across restarts)
     * before the subscription is suspended until the partner or the functional admin resumes it.
     */
    @WithDefault("PT24H")
    Duration opschortenNa();

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

    /**
     * The {@code WebHook-Request-Origin} of the registration handshake: the DNS name deliveries
     * come from. Default: the host of {@code vraagwijzer.http.publieke-url}, else {@code localhost}.
     */
    Optional<String> origin();

    /** The most CloudEvents in one batched request. */
    @WithDefault("20")
    int batchGrootte();

    /**
     * The keys that sign deliveries (the detached JWS), by key id ({@code kid}): all of them are
     * published at {@code /v1/sleutels}; the one with the latest {@code vanaf} that has passed
     * signs. Rotate without a gap by adding the new key with a {@code vanaf} in the future (it is
     * published before it signs), and removing the old one once receivers no longer need it.
     * None: a key made at start, for this process only (warned; not for more than one replica).
     */
    Map<String, Sleutel> sleutels();

    interface Sleutel {

        /** The EC P-256 private key, PKCS#8 DER in base64 (from the environment in production). */
        String prive();

        /** From when it signs. */
        @WithDefault("2000-01-01T00:00:00Z")
        Instant vanaf();
    }
}
