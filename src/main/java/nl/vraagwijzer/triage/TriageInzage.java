package nl.vraagwijzer.triage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.vraagwijzer.api.model.InzageverzoekDto;
import nl.vraagwijzer.shared.ports.InzageBijdrage;

/** The resident's triages, for an access request. */
@ApplicationScoped
public class TriageInzage implements InzageBijdrage {

    private final TriageRepository triages;

    public TriageInzage(TriageRepository triages) {
        this.triages = triages;
    }

    @Override
    public void vulAan(UUID inwonerId, InzageverzoekDto overzicht) {
        overzicht.triages(triages.list("inwonerId = ?1 order by aangemaaktOp, id", inwonerId).stream()
                .map(TriageMapper::dto)
                .toList());
    }
}
