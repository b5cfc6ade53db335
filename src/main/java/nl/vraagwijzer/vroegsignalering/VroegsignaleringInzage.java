package nl.vraagwijzer.vroegsignalering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.api.model.InzageverzoekDto;
import nl.vraagwijzer.shared.ports.InzageBijdrage;

/** The resident's cases of early signals, with every signal and attempt, for an access request. */
@ApplicationScoped
public class VroegsignaleringInzage implements InzageBijdrage {

    private final VroegsignaalzaakRepository zaken;

    public VroegsignaleringInzage(VroegsignaalzaakRepository zaken) {
        this.zaken = zaken;
    }

    @Override
    public void vulAan(UUID inwonerId, InzageverzoekDto overzicht) {
        overzicht.vroegsignaalzaken(zaken.list("inwonerId = ?1 order by aangemaaktOp, id", inwonerId).stream()
                .map(zaak -> VroegsignaalzaakMapper.dto(zaak.geladen(), Optional.empty(), Optional.empty()))
                .toList());
    }
}
