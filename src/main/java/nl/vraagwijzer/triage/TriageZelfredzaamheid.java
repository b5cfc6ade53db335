package nl.vraagwijzer.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Zelfredzaamheid;

/** The latest ZRM scores, for a view over several questions (the household's). */
@ApplicationScoped
public class TriageZelfredzaamheid implements Zelfredzaamheid {

    private final TriageRepository triages;

    public TriageZelfredzaamheid(TriageRepository triages) {
        this.triages = triages;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Stand> laatste(Collection<UUID> hulpvraagIds) {
        if (hulpvraagIds.isEmpty()) {
            return List.of();
        }
        // index triage_hulpvraag; per resident and leefgebied the newest triage that scored it
        List<Object[]> rijen = triages.getEntityManager()
                .createNativeQuery(
                        """
                        select distinct on (t.inwoner_id, z.leefgebied)
                               t.inwoner_id, t.hulpvraag_id, z.leefgebied, z.score, t.datum
                        from triage t join zrm_score z on z.triage_id = t.id
                        where t.hulpvraag_id = any(cast(:vragen as uuid[]))
                        order by t.inwoner_id, z.leefgebied, t.datum desc, t.aangemaakt_op desc
                        """)
                .setParameter("vragen", hulpvraagIds.toArray(UUID[]::new))
                .getResultList();
        return rijen.stream()
                .map(rij -> new Stand(
                        (UUID) rij[0],
                        (UUID) rij[1],
                        (String) rij[2],
                        ((Number) rij[3]).intValue(),
                        rij[4] instanceof Date datum ? datum.toLocalDate() : (java.time.LocalDate) rij[4]))
                .toList();
    }
}
