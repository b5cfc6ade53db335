package nl.vraagwijzer.shared.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The service's HTTP boundary: request limits, the public base URL and trusted proxies. */
@ConfigMapping(prefix = "vraagwijzer.http")
public interface HttpConfig {

    /** The longest request URI (request line target) answered; longer is a 414 problem. */
    @WithDefault("8192")
    int maxUriLengte();

    /** The largest header block in bytes; larger is a 431 problem. */
    @WithDefault("16384")
    int maxHeaderGrootte();

    /**
     * The scheme and host (and port) clients use, such as {@code https://api.vraagwijzer.example.nl}:
     * every {@code Location} and {@code Link} starts with it. Without it, links name the address
     * the connection reached. A path is not supported: the API lives at {@code /v1} of that host.
     */
    Optional<URI> publiekeUrl();

    /**
     * IP addresses of reverse proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}
     * are believed; from anyone else these headers are ignored.
     */
    Optional<List<String>> vertrouwdeProxies();

    /** How the service stops on SIGTERM (read by {@code quarkus.shutdown.*} in application.properties). */
    Stoppen stoppen();

    interface Stoppen {

        /** How long readiness reports DOWN before the service stops taking requests. */
        @WithDefault("5s")
        String wachttijd();

        /** How long requests in flight, exports included, may take to finish after that. */
        @WithDefault("30s")
        String afronden();
    }
}
