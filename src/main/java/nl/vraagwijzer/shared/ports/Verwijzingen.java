package nl.vraagwijzer.shared.ports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Referrals as other features (the household view) see them: no personal data. */
public interface Verwijzingen {

    record Kern(UUID id, UUID hulpvraagId, UUID inwonerId, UUID organisatieId, UUID dienstId, String status) {}

    /** The referrals of these questions, oldest first. */
    List<Kern> vanHulpvragen(Collection<UUID> hulpvraagIds);

    /** A referral to a partner whose resident's consent holds today, and where it lives. */
    record Toegang(UUID id, String gemeente, UUID inwonerId) {}

    /**
     * Of these referrals, those to {@code organisatie} whose consent holds today (not withdrawn, not
     * expired), by id: what a partner may see through them; withdrawing the consent ends it at once.
     */
    Map<UUID, Toegang> metGeldigeToestemming(UUID organisatie, Collection<UUID> verwijzingIds);
}
