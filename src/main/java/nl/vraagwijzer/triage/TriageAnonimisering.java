package nl.vraagwijzer.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Anonimisering;

/** Erases the free text of a resident's triages; scores, outcome and advice stay for the figures. */
@ApplicationScoped
public class TriageAnonimisering implements Anonimisering {

    private final TriageRepository triages;

    public TriageAnonimisering(TriageRepository triages) {
        this.triages = triages;
    }

    @Override
    public void anonimiseer(UUID inwonerId) {
        triages.getEntityManager()
                .createNativeQuery("update triage set toelichting = null, eigen_kracht = null, netwerk = null,"
                        + " onderliggende_vragen = (select coalesce(jsonb_agg(v - 'omschrijving'"
                        + " || jsonb_build_object('omschrijving', '[verwijderd]')), '[]'::jsonb)"
                        + " from jsonb_array_elements(onderliggende_vragen) v) where inwoner_id = :inwoner")
                .setParameter("inwoner", inwonerId)
                .executeUpdate();
    }
}
