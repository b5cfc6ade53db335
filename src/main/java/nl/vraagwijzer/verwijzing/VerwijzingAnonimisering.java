package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Anonimisering;

/** Erases what was shared and written about a resident in referrals; statuses and dates stay. */
@ApplicationScoped
public class VerwijzingAnonimisering implements Anonimisering {

    private final VerwijzingRepository verwijzingen;

    public VerwijzingAnonimisering(VerwijzingRepository verwijzingen) {
        this.verwijzingen = verwijzingen;
    }

    @Override
    public void anonimiseer(UUID inwonerId) {
        verwijzingen
                .getEntityManager()
                .createNativeQuery("update verwijzing set reden = '[verwijderd]', onderliggende_vraag = null,"
                        + " gedeeld = jsonb_build_object('leefgebieden', gedeeld -> 'leefgebieden', 'scores',"
                        + " gedeeld -> 'scores'), rechtvaardiging = case when rechtvaardiging is null then null"
                        + " else '[verwijderd]' end, status_reden = null, resultaat = null, overbrugging = null,"
                        + " versie = versie + 1 where inwoner_id = :inwoner")
                .setParameter("inwoner", inwonerId)
                .executeUpdate();
    }
}
