package nl.vraagwijzer.shared.gemeente;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import nl.vraagwijzer.shared.contract.Contract;
import nl.vraagwijzer.shared.security.Rollen;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Settles for which gemeente a staff request acts before the resource runs, so that a refused
 * gemeente is a problem+json answer and never a request that silently sees nothing: a header
 * naming a gemeente the token does not hold (403) or that is unknown (400), a token acting for a
 * gemeente the deployment does not serve (403), and, on every operation whose contract declares
 * {@code X-Gemeente}, a token holding several gemeenten without the header (400).
 */
public class GemeenteFilter {

    private final Contract contract;
    private final Gemeenteindeling indeling;
    private final CurrentIdentityAssociation identiteit;

    public GemeenteFilter(Contract contract, Gemeenteindeling indeling, CurrentIdentityAssociation identiteit) {
        this.contract = contract;
        this.indeling = indeling;
        this.identiteit = identiteit;
    }

    @ServerRequestFilter
    public Uni<Response> controleer(ContainerRequestContext context, SimpleResourceInfo resource) {
        String header = context.getHeaderString(Gemeentekeuze.HEADER);
        boolean perGemeente =
                resource != null && contract.declaresHeader(resource.getMethodName(), Gemeentekeuze.HEADER);
        if (header == null && !perGemeente) {
            return Uni.createFrom().nullItem();
        }
        return identiteit.getDeferredIdentity().map(identity -> {
            if (!identity.isAnonymous() && !identity.hasRole(Rollen.PARTNER)) {
                Gemeentekeuze.actief(identity, header, indeling);
            }
            return null;
        });
    }
}
