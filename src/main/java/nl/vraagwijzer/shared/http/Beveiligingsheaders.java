package nl.vraagwijzer.shared.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Security headers on every response, and CORS for the configured front-end origins only (the
 * contract itself is open to any origin). A strict CSP for the API; Swagger UI gets one that lets
 * its own scripts and styles run.
 */
@Singleton
public class Beveiligingsheaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String UI_CSP =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    private static final String BLOOTGESTELD = "API-Version, ETag, Link, Location, X-Total-Count, Retry-After";
    private static final String TOEGESTANE_HEADERS =
            "Authorization, Content-Type, Accept, If-Match, Idempotency-Key, X-Doelbinding, X-Doorbraak-Reden, X-Gemeente";

    /** A browser's origin for a dev server on this machine: scheme http, a loopback host, a port. */
    private static final Pattern LOCALHOST = Pattern.compile("http://(localhost|127\\.0\\.0\\.1|\\[::1]):[0-9]{1,5}");

    private final List<String> origins;
    private final boolean localhost;

    public Beveiligingsheaders(CorsConfig config) {
        this.origins = config.origins().orElse(List.of());
        this.localhost = config.localhost();
    }

    private boolean toegestaan(String origin) {
        return origins.contains(origin)
                || (localhost && LOCALHOST.matcher(origin).matches());
    }

    void registreer(@Observes Filters filters) {
        filters.register(this::verwerk, 110);
    }

    private void verwerk(RoutingContext context) {
        HttpServerResponse response = context.response();
        String pad = context.request().path();
        response.headers()
                .set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", pad.startsWith("/q/swagger-ui") ? UI_CSP : API_CSP);
        if (pad.startsWith("/v1/") && !pad.equals("/v1/openapi.json")) {
            // personal data must not linger in shared or browser caches
            response.headers().set("Cache-Control", "no-store");
        }
        String origin = context.request().getHeader("Origin");
        if (origin != null && toegestaan(origin)) {
            response.headers()
                    .set("Access-Control-Allow-Origin", origin)
                    .set("Access-Control-Expose-Headers", BLOOTGESTELD)
                    .add("Vary", "Origin");
            if (context.request().method() == HttpMethod.OPTIONS
                    && context.request().getHeader("Access-Control-Request-Method") != null) {
                response.setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                        .putHeader("Access-Control-Allow-Headers", TOEGESTANE_HEADERS)
                        .putHeader("Access-Control-Max-Age", "600")
                        .end();
                return;
            }
        }
        context.next();
    }
}
