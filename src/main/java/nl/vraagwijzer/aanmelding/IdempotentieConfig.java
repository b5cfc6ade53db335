package nl.vraagwijzer.aanmelding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the answers to idempotent pushes are kept for retries. */
@ConfigMapping(prefix = "vraagwijzer.idempotentie")
public interface IdempotentieConfig {

    /**
     * How long a key and its answer are kept; a retry after that is new work. At least a day,
     * as partners are told (IETF httpapi idempotency-key).
     */
    @WithDefault("P7D")
    Duration bewaren();

    /** When the clean-up runs (read by the scheduler in {@code Idempotentie}). */
    @WithDefault("0 15 3 * * ?")
    String opruimen();
}
