package nl.vraagwijzer.shared.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Which front ends may call the API from a browser. */
@ConfigMapping(prefix = "vraagwijzer.cors")
public interface CorsConfig {

    /** Exact origins such as {@code https://vraagwijzer.gemeente.nl}; none: no cross-origin use. */
    Optional<List<String>> origins();

    /**
     * Also every {@code http://localhost:<port>} and {@code http://127.0.0.1:<port>} origin: a
     * front end's dev server (Vite, Angular) calling dev mode. On in dev mode, off elsewhere.
     */
    @WithDefault("false")
    boolean localhost();
}
