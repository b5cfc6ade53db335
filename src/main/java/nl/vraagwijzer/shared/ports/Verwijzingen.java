package nl.vraagwijzer.shared.ports;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Referrals as other features (the household view) see them: no personal data. */
public interface Verwijzingen {

    record Kern(UUID id, UUID hulpvraagId, UUID inwonerId, UUID organisatieId, UUID dienstId, String status) {}

    /** The referrals of these questions, oldest first. */
    List<Kern> vanHulpvragen(Collection<UUID> hulpvraagIds);
}
