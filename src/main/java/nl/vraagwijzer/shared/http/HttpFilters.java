package nl.vraagwijzer.shared.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import nl.vraagwijzer.shared.contract.Contract;
import nl.vraagwijzer.shared.problem.Problems;

/**
 * HTTP behaviour below the REST layer, so that it also holds for paths no resource serves:
 * every response carries {@code API-Version}, and a path nobody serves gets a problem+json 404.
 */
@Singleton
public class HttpFilters {

    public static final String API_VERSION = "API-Version";

    private final Contract contract;

    public HttpFilters(Contract contract) {
        this.contract = contract;
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

    void unknownPaths(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            String body = Problems.json(
                    404, "Er is geen resource op dit pad.", context.request().path());
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(body);
        });
    }
}
