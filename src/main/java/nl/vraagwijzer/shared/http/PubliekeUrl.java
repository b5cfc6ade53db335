package nl.vraagwijzer.shared.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every link the service hands out ({@code Location}, {@code Link}, next-page cursors) starts
 * with the public base URL, never with the request's {@code Host} header, which any client can
 * set. In order: {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} when the request comes
 * from a configured proxy ({@code vraagwijzer.http.vertrouwde-proxies}); else
 * {@code vraagwijzer.http.publieke-url}; else the address the connection reached on this server.
 */
@Singleton
public class PubliekeUrl {

    private static final Pattern HOST =
            Pattern.compile("^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$");

    // read per request: REST filters are created before the runtime configuration is there
    private final jakarta.inject.Provider<HttpConfig> config;

    public PubliekeUrl(jakarta.inject.Provider<HttpConfig> config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void basis(ContainerRequestContext context, HttpServerRequest request) {
        Basis basis = basis(request);
        URI huidig = context.getUriInfo().getRequestUri();
        if (basis.scheme().equals(huidig.getScheme()) && basis.authority().equals(huidig.getRawAuthority())) {
            return;
        }
        URI nieuw = URI.create(basis.scheme() + "://" + basis.authority() + huidig.getRawPath()
                + (huidig.getRawQuery() == null ? "" : "?" + huidig.getRawQuery()));
        context.setRequestUri(nieuw);
    }

    /** Scheme and authority the client should use. */
    private record Basis(String scheme, String authority) {}

    private Basis basis(HttpServerRequest request) {
        HttpConfig http = config.get();
        Optional<URI> publiek = http.publiekeUrl();
        List<String> proxies = http.vertrouwdeProxies().orElse(List.of());
        SocketAddress afzender = request.remoteAddress();
        if (afzender != null && proxies.contains(afzender.hostAddress())) {
            String proto = request.getHeader("X-Forwarded-Proto");
            String host = request.getHeader("X-Forwarded-Host");
            if (host != null && HOST.matcher(host).matches()) {
                return new Basis("https".equals(proto) ? "https" : "http", host);
            }
        }
        if (publiek.isPresent()) {
            return new Basis(publiek.get().getScheme(), publiek.get().getRawAuthority());
        }
        SocketAddress lokaal = request.localAddress();
        String host = lokaal.hostAddress().contains(":") ? "[" + lokaal.hostAddress() + "]" : lokaal.hostAddress();
        return new Basis(request.isSSL() ? "https" : "http", host + ":" + lokaal.port());
    }
}
