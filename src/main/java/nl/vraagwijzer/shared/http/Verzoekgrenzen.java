package nl.vraagwijzer.shared.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import nl.vraagwijzer.shared.invoer.Invoerregels;

/**
 * The request line and headers, checked before any resource sees them, so that every feature gets
 * only input it can store: a path or query parameter with a NUL, a control character, a lone
 * surrogate or bytes that are no UTF-8 is a 400 (a header with control characters never gets here:
 * the HTTP parser refuses it); a URI or header block over the limit a 414
 * or 431; two {@code Authorization} headers a 401. All as problem+json, never a bare status line.
 *
 * <p>The HTTP server's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) sit well above these, so that the answer comes from here.
 */
@Singleton
public class Verzoekgrenzen {

    // read on first use: the filters are registered before the runtime configuration is there
    private final jakarta.inject.Provider<HttpConfig> config;

    public Verzoekgrenzen(jakarta.inject.Provider<HttpConfig> config) {
        this.config = config;
    }

    void grenzen(@Observes Filters filters) {
        filters.register(
                context -> {
                    Optional<Weigering> weigering = weigering(context.request());
                    if (weigering.isPresent()) {
                        Weigering w = weigering.get();
                        if (w.status() == 401) {
                            context.response().putHeader("WWW-Authenticate", "Bearer");
                        }
                        HttpFilters.problem(context, w.status(), w.detail());
                        return;
                    }
                    context.next();
                },
                95);
    }

    private record Weigering(int status, String detail) {}

    private Optional<Weigering> weigering(HttpServerRequest request) {
        int maxUri = config.get().maxUriLengte();
        int maxHeaders = config.get().maxHeaderGrootte();
        String uri = request.uri();
        if (uri.length() > maxUri) {
            return Optional.of(new Weigering(414, "De URI is langer dan " + maxUri + " tekens."));
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaders) {
            return Optional.of(new Weigering(431, "De headers zijn samen groter dan " + maxHeaders + " bytes."));
        }
        if (request.headers().getAll("Authorization").size() > 1) {
            return Optional.of(new Weigering(401, "Er mag maar één Authorization-header zijn."));
        }
        Optional<String> padfout = Invoerregels.urlfout(request.path());
        if (padfout.isPresent()) {
            return Optional.of(new Weigering(400, "Het pad " + padfout.get() + "."));
        }
        String query = request.query();
        if (query != null) {
            for (String deel : query.split("&")) {
                int is = deel.indexOf('=');
                String naam = is < 0 ? deel : deel.substring(0, is);
                Optional<String> fout = Invoerregels.urlfout(deel.replace('+', ' '));
                if (fout.isPresent()) {
                    String genoemd = Invoerregels.urlfout(naam).isPresent() ? "Een parameter" : "Parameter " + naam;
                    return Optional.of(new Weigering(400, genoemd + " " + fout.get() + "."));
                }
            }
        }
        return Optional.empty();
    }
}
