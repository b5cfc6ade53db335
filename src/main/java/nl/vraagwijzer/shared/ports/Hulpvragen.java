package nl.vraagwijzer.shared.ports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The front door's questions, as other features (triage, referrals) see them. */
public interface Hulpvragen {

    Optional<HulpvraagKern> kern(UUID hulpvraagId);

    /**
     * The question as the caller may know of it: empty when it does not exist, and also when it is
     * confidential to another team (that refusal is logged under {@code actie}), so that no path
     * tells such a question from one that does not exist.
     */
    Optional<HulpvraagKern> bekendBijAanroeper(UUID hulpvraagId, String actie);

    /**
     * The open questions of these residents that the caller may know of, when {@code team} holds one
     * of them: what a view over several residents (a household, a plan) shows its team. A
     * confidential question of another team is left out, as if it did not exist (the refusal logged
     * under {@code actie}). Empty when {@code team} holds none: that refusal is logged too, and the
     * caller answers 404.
     */
    Optional<List<HulpvraagKern>> openVoorTeam(Collection<UUID> inwonerIds, String team, String actie);

    /** The residents with an open question of {@code team} . */
    Set<UUID> inwonersMetOpenVraagVan(String team);
}
