package nl.vraagwijzer.shared.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A client that accepts {@code application/json} also accepts {@code application/problem+json}
 * (RFC 9457 section 3): problem details are JSON. Without this, an operation whose only content is
 * a problem, such as a DELETE answering 204, would refuse such a client with 406.
 */
@Provider
@PreMatching
public class ProblemJsonNegotiation implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null) {
            return;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("application/json") && !lower.contains("application/problem+json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/problem+json;q=0.9");
        }
    }
}
