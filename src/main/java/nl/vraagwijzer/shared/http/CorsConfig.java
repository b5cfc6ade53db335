package nl.vraagwijzer.shared.http;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which front ends may call the API from a browser. */
@ConfigMapping(prefix = "vraagwijzer.cors")
public interface CorsConfig {

    /** Exact origins such as {@code https://vraagwijzer.gemeente.nl}; none: no cross-origin use. */
    Optional<List<String>> origins();
}
