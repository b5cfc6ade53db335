package nl.vraagwijzer.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.vraagwijzer.shared.contract.Contract;
import nl.vraagwijzer.shared.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP behaviour below the REST layer, so that it also holds for paths no resource serves:
 * every response carries {@code API-Version}, a body over the size limit and a path nobody serves
 * get a problem+json answer.
 */
@Singleton
public class HttpFilters {

    public static final String API_VERSION = "API-Version";

    private final Contract contract;
    private final long maxBodySize;

    public HttpFilters(
            Contract contract, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.contract = contract;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void apiVersion(@Observes Filters filters) {
        String version = contract.version();
        filters.register(
                context -> {
                    context.response().headers().set(API_VERSION, version);
                    context.next();
                },
                100);
    }

    /**
     * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it
     * is read, as problem+json (the HTTP layer's own 413 has no body).
     */
    void bodySize(@Observes Filters filters) {
        filters.register(
                context -> {
                    String length = context.request().getHeader("Content-Length");
                    if (length != null && isTooLarge(length)) {
                        problem(context, 413, "De request body is groter dan " + maxBodySize + " bytes.");
                        return;
                    }
                    context.next();
                },
                90);
    }

    private boolean isTooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void unknownPaths(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> problem(context, 404, Problems.NO_RESOURCE));
    }

    private static void problem(RoutingContext context, int status, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.json(status, detail, context.request().path()));
    }
}
