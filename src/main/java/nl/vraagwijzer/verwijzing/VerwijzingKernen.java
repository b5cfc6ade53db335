package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Verwijzingen;

/** The referrals of questions, for a view over several (the household's); no personal data. */
@ApplicationScoped
public class VerwijzingKernen implements Verwijzingen {

    private final VerwijzingRepository verwijzingen;

    public VerwijzingKernen(VerwijzingRepository verwijzingen) {
        this.verwijzingen = verwijzingen;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Kern> vanHulpvragen(Collection<UUID> hulpvraagIds) {
        if (hulpvraagIds.isEmpty()) {
            return List.of();
        }
        // index verwijzing_hulpvraag
        return verwijzingen.list("hulpvraagId in ?1 order by verzondenOp, id", hulpvraagIds).stream()
                .map(verwijzing -> new Kern(
                        verwijzing.id(),
                        verwijzing.hulpvraagId(),
                        verwijzing.inwonerId(),
                        verwijzing.organisatieId(),
                        verwijzing.dienstId(),
                        verwijzing.status().code()))
                .toList();
    }
}
