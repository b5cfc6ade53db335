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
 * every response carries {@code API-Version}, a body over the size limit or without a content type,
 * an empty query parameter and a path nobody serves get a problem+json answer.
 */
@Singleton
public class HttpFilters {

    public static final String API_VERSION = "API-Version";
    private static final String CURSOR = "cursor";

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

    /**
     * A body without a {@code Content-Type} is refused with 415 before anything reads it: the
     * contract takes {@code application/json} bodies only, and the REST layer would otherwise read
     * an unlabelled body as the operation's JSON and write it.
     */
    void bodyWithoutContentType(@Observes Filters filters) {
        filters.register(
                context -> {
                    if (context.request().getHeader("Content-Type") == null && hasBody(context)) {
                        problem(
                                context,
                                415,
                                "De request body heeft geen Content-Type; stuur hem als application/json.");
                        return;
                    }
                    context.next();
                },
                85);
    }

    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return context.request().getHeader("Transfer-Encoding") != null;
    }

    /**
     * A query parameter without a value ({@code ?naam=}) is refused with 400: the contract gives
     * every string parameter a minimum length of 1, and JAX-RS would quietly treat the empty value as
     * absent. The one exception is {@code cursor=}, which starts a walk through the open cases.
     */
    void emptyQueryParameters(@Observes Filters filters) {
        filters.register(
                context -> {
                    if (context.request().path().startsWith("/v1/")) {
                        String leeg = context.queryParams().entries().stream()
                                .filter(parameter -> parameter.getValue().isEmpty())
                                .map(java.util.Map.Entry::getKey)
                                .filter(naam -> !naam.equals(CURSOR))
                                .findFirst()
                                .orElse(null);
                        if (leeg != null) {
                            problem(
                                    context,
                                    400,
                                    "Parameter " + leeg + " heeft geen waarde; laat hem weg of geef er een.");
                            return;
                        }
                    }
                    context.next();
                },
                80);
    }

    /**
     * A chunked body announces no length, and the HTTP layer would cut it off at the limit with a
     * bare 413. Its limit is lifted here (the key is the one Quarkus REST's input stream reads; a
     * test proves it still works) and {@link BodyLimit} counts the bytes instead, answering 413 as
     * problem+json. Runs right after Quarkus has set the key (order -2).
     */
    void chunkedBodies(@Observes Router router) {
        router.route().order(-1).handler(context -> {
            if (context.request().getHeader("Content-Length") == null) {
                context.put(QUARKUS_BODY_LIMIT, -1L);
            }
            context.next();
        });
    }

    private static final String QUARKUS_BODY_LIMIT = "io.quarkus.max-request-size";

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

    static void problem(RoutingContext context, int status, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.json(status, detail, context.request().path()));
    }
}
