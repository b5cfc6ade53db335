package nl.vraagwijzer.shared.ports;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Residents as other features refer to them by id: whether they exist, and who may act on them. */
public interface Inwoners {

    boolean bestaat(UUID inwonerId);

    /**
     * The object-level rule of the front door for another feature's personal data about a
     * resident (consent, say): the desk may, a professional or team lead only when the resident has
     * a question of their team.
     *
     * @throws nl.vraagwijzer.shared.problem.ApiProblem 403, after the refusal is logged under
     *     {@code actie}
     */
    void vereisToegang(UUID inwonerId, String actie);

    /** Whether {@link #vereisToegang} would let the caller act on the resident; nothing is logged. */
    boolean heeftToegang(UUID inwonerId);

    /**
     * The personal data of these residents, for a delivery the law requires (DDAS to CBS), in the
     * caller's transaction; the caller logs the access. An anonymised resident is absent.
     */
    Map<UUID, Aanmelden.Inwonergegevens> persoonsgegevens(Collection<UUID> inwonerIds);
}
