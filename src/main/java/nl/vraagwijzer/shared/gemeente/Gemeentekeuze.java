package nl.vraagwijzer.shared.gemeente;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.security.Rollen;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * For which gemeente a request acts (ADR 0013). Staff and scripts act for the gemeente in their
 * token (claim {@code gemeente}, the default gemeente when it names none); a token that holds
 * several names the one in the header {@code X-Gemeente}. Partners serve every gemeente and name
 * the gemeente of a push in its body.
 */
@RequestScoped
public class Gemeentekeuze {

    public static final String HEADER = "X-Gemeente";

    private final SecurityIdentity identity;
    private final Gemeenteindeling indeling;
    private final EntityManager entityManager;
    private final io.vertx.core.http.HttpServerRequest request;

    public Gemeentekeuze(
            SecurityIdentity identity,
            Gemeenteindeling indeling,
            EntityManager entityManager,
            io.vertx.core.http.HttpServerRequest request) {
        this.identity = identity;
        this.indeling = indeling;
        this.entityManager = entityManager;
        this.request = request;
    }

    /** The gemeenten a token holds: those in its claim, the default gemeente when it names none. */
    public static Set<String> gehouden(SecurityIdentity identity, Gemeenteindeling indeling) {
        Set<String> gehouden = geclaimd(identity);
        if (gehouden.isEmpty()) {
            gehouden.add(indeling.standaard());
        }
        return gehouden;
    }

    /** The gemeenten the token's claim names, none when it has no claim. */
    private static Set<String> geclaimd(SecurityIdentity identity) {
        Set<String> geclaimd = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(Aanroeper.GEMEENTE_CLAIM);
            if (claim instanceof Collection<?> lijst) {
                lijst.forEach(waarde -> geclaimd.add(tekst(waarde)));
            } else if (claim != null) {
                geclaimd.add(tekst(claim));
            }
        }
        geclaimd.remove("");
        return geclaimd;
    }

    /**
     * The gemeente a gemeente's own system (role {@code gemeentesysteem}) belongs to: the one its
     * token names. Unlike staff, a system never falls back to the default gemeente: it would
     * silently receive another gemeente's events.
     *
     * @throws ApiProblem 403 for a token that names none or several, or a gemeente this deployment
     *     does not serve
     */
    public String vanGemeentesysteem() {
        Set<String> geclaimd = geclaimd(identity);
        if (geclaimd.size() != 1) {
            throw new ApiProblem(
                    403,
                    "Het token van een gemeentesysteem noemt precies één gemeente (claim " + Aanroeper.GEMEENTE_CLAIM
                            + "); dit token noemt er " + (geclaimd.isEmpty() ? "geen" : geclaimd.size()) + ".");
        }
        return bediend(geclaimd.iterator().next(), indeling);
    }

    /**
     * The gemeente a staff member or script acts for, checked against the token and the deployment.
     *
     * @throws ApiProblem 400 for a header that is no CBS code or an unknown gemeente, or a token that
     *     holds several without the header; 403 for a gemeente the token does not hold, or a token
     *     acting for a gemeente this deployment does not serve
     */
    public static String actief(SecurityIdentity identity, String header, Gemeenteindeling indeling) {
        Set<String> gehouden = gehouden(identity, indeling);
        String gekozen = header == null ? null : header.strip();
        if (gekozen != null) {
            if (!Gemeenteindeling.CBS_CODE.matcher(gekozen).matches()) {
                throw ApiProblem.badRequest(HEADER + ": '" + kort(gekozen) + "' is geen CBS-code (zoals GM0988).");
            }
            if (indeling.gemeente(gekozen).isEmpty()) {
                throw ApiProblem.badRequest(HEADER + ": gemeente " + gekozen + " is onbekend bij deze voorziening.");
            }
            if (!gehouden.contains(gekozen)) {
                throw new ApiProblem(
                        403, "Het token geeft geen toegang tot gemeente " + gekozen + " (" + HEADER + ").");
            }
            return gekozen;
        }
        if (gehouden.size() > 1) {
            throw ApiProblem.badRequest("Het token geeft toegang tot meerdere gemeenten (" + String.join(", ", gehouden)
                    + "); noem in " + HEADER + " voor welke u handelt.");
        }
        return bediend(gehouden.iterator().next(), indeling);
    }

    /** @throws ApiProblem 403 for a gemeente in the token that this deployment does not serve */
    private static String bediend(String gemeente, Gemeenteindeling indeling) {
        if (indeling.gemeente(gemeente).isEmpty()) {
            throw new ApiProblem(
                    403,
                    "Het token handelt voor gemeente " + kort(gemeente) + ", die deze voorziening niet bedient (claim "
                            + Aanroeper.GEMEENTE_CLAIM + ").");
        }
        return gemeente;
    }

    /** Whether no one is authenticated: a job, or a request that has not (yet) shown a token. */
    public boolean isAnoniem() {
        return identity.isAnonymous();
    }

    /** Whether the caller acts for a partner organisation, which serves every gemeente. */
    public boolean isPartner() {
        return identity.hasRole(Rollen.PARTNER);
    }

    /** The gemeente this request acts for; for a partner, none (a push names its own). */
    public String actief() {
        return isPartner() ? "" : actief(identity, header(), indeling);
    }

    /** The header, when this request context is an HTTP request (a test's or job's context is not). */
    private String header() {
        try {
            return request.getHeader(HEADER);
        } catch (RuntimeException geenHttpVerzoek) {
            return null;
        }
    }

    /** The gemeenten this caller may act for, as {@code GET /gemeenten} lists them. */
    public List<Gemeenteindeling.Gemeente> toegestaan() {
        if (isPartner()) {
            return indeling.alle();
        }
        Set<String> gehouden = gehouden(identity, indeling);
        return indeling.alle().stream()
                .filter(gemeente -> gehouden.contains(gemeente.code()))
                .toList();
    }

    /** The gemeenten the database shows this request: the one it acts for, or all for a partner. */
    public Set<String> zichtbaar() {
        return isPartner() ? indeling.codes() : Set.of(actief());
    }

    /**
     * Lets the current transaction see several gemeenten at once, for a regional report; only for a
     * caller whose token holds every one of them.
     *
     * @throws ApiProblem 400 for an unknown gemeente, 403 for one the token does not hold
     */
    public void regionaal(Collection<String> codes) {
        entityManager
                .createNativeQuery("select set_config('vraagwijzer.gemeenten', :gemeenten, true)")
                .setParameter("gemeenten", String.join(",", regionaleGemeenten(codes)))
                .getSingleResult();
    }

    /**
     * Lets the current transaction on {@code verbinding}, a connection of a read's own, see
     * {@code gemeenten} (checked by {@link #regionaleGemeenten}), as {@link #regionaal} does for the
     * request's transaction.
     */
    public static void regionaal(java.sql.Connection verbinding, List<String> gemeenten) throws java.sql.SQLException {
        try (java.sql.PreparedStatement zet =
                verbinding.prepareStatement("select set_config('vraagwijzer.gemeenten', ?, true)")) {
            zet.setString(1, String.join(",", gemeenten));
            zet.execute();
        }
    }

    /**
     * The gemeenten of a regional report, sorted, once checked as {@link #regionaal} does, for a read
     * that sets them on a connection of its own.
     *
     * @throws ApiProblem 400 for an unknown gemeente, 403 for one the token does not hold
     */
    public List<String> regionaleGemeenten(Collection<String> codes) {
        Set<String> gehouden = gehouden(identity, indeling);
        List<String> gevraagd = new ArrayList<>(new TreeSet<>(codes));
        for (String code : gevraagd) {
            if (indeling.gemeente(code).isEmpty()) {
                throw ApiProblem.badRequest("gemeenten: gemeente " + kort(code) + " is onbekend bij deze voorziening.");
            }
            if (!gehouden.contains(code)) {
                throw new ApiProblem(
                        403,
                        "Een regionaal overzicht vraagt toegang tot elke gemeente; het token geeft"
                                + " geen toegang tot " + code + ".");
            }
        }
        return gevraagd;
    }

    private static String tekst(Object waarde) {
        String tekst = waarde instanceof jakarta.json.JsonString json ? json.getString() : waarde.toString();
        return tekst.replace("\"", "").strip();
    }

    private static String kort(String waarde) {
        return waarde.length() > 20 ? waarde.substring(0, 20) + "…" : waarde;
    }
}
