package nl.vraagwijzer.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the token says: subject, name, roles, the organisation of a partner or
 * script client, and the team of a staff member (claim {@code team}). Plus the purpose the
 * caller states in {@code X-Doelbinding}, for the access log.
 */
@RequestScoped
public class Aanroeper {

    public static final String TEAM_CLAIM = "team";
    public static final String GEMEENTE_CLAIM = "gemeente";
    public static final String DOELBINDING_HEADER = "X-Doelbinding";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final HttpServerRequest request;

    public Aanroeper(SecurityIdentity identity, JsonWebToken token, HttpServerRequest request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    /** The token's {@code sub}: a staff member or a client. */
    public String subject() {
        return Optional.ofNullable(token.getSubject())
                .orElse(identity.getPrincipal().getName());
    }

    public String naam() {
        return Optional.ofNullable(token.<String>getClaim("name"))
                .orElseGet(() -> token.getClaim("preferred_username"));
    }

    public Set<String> rollen() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean heeftRol(String rol) {
        return identity.hasRole(rol);
    }

    /** The organisation of a partner or script client; empty for staff. */
    public Optional<UUID> organisatieId() {
        return claim(Rollen.ORGANISATIE_CLAIM).flatMap(Aanroeper::uuid);
    }

    /**
     * The organisation of a partner or script client, for operations that act on its behalf.
     *
     * @throws ApiProblem 403 for a token that names no organisation
     */
    public UUID vereisOrganisatie() {
        return organisatieId()
                .orElseThrow(() -> new ApiProblem(403, "Het token noemt geen organisatie (claim organisatie_id)."));
    }

    /** The team of a professional or team lead; empty when the token names none. */
    public Optional<String> team() {
        return claim(TEAM_CLAIM);
    }

    /**
     * The team whose work the caller sees: the token's team, or a team that matches nothing for a
     * role that has none.
     *
     * @throws ApiProblem 403 naming the claim for a professional or team lead whose token names no
     *     team: their view is their team's, and without one they would see an empty list and no
     *     reason
     */
    public String zichtTeam() {
        Optional<String> team = team();
        if (team.isEmpty() && (heeftRol(Rollen.PROFESSIONAL) || heeftRol(Rollen.TEAMLEIDER))) {
            throw new ApiProblem(
                    403,
                    "Het token van een professional of teamleider noemt geen team (claim " + TEAM_CLAIM
                            + "); zonder team is er geen werk om te tonen.");
        }
        return team.orElse("");
    }

    /**
     * The team an overview (a report, a work list) covers: for {@code rapportage}, whose scripts see
     * every team, the one asked for (null: every team); for staff their own.
     *
     * @throws ApiProblem 403 when staff name another team than their own
     */
    public String overzichtTeam(String gevraagd) {
        if (heeftRol(Rollen.RAPPORTAGE)) {
            return gevraagd;
        }
        String eigen = zichtTeam();
        if (gevraagd != null && !gevraagd.equals(eigen)) {
            throw new ApiProblem(
                    403, "team: " + gevraagd + " is niet het eigen team (" + eigen + "); alleen dat is te zien.");
        }
        return eigen;
    }

    public Optional<String> doelbinding() {
        return Optional.ofNullable(request.getHeader(DOELBINDING_HEADER))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> value.length() > 500 ? value.substring(0, 500) : value);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
