package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.api.model.InzageverzoekDto;
import nl.vraagwijzer.shared.ports.InzageBijdrage;
import nl.vraagwijzer.shared.time.Werkdagen;

/** The resident's referrals, their recipients and consents, for an access request. */
@ApplicationScoped
public class VerwijzingInzage implements InzageBijdrage {

    private final VerwijzingRepository verwijzingen;
    private final ToestemmingRepository toestemmingen;
    private final Clock clock;

    public VerwijzingInzage(VerwijzingRepository verwijzingen, ToestemmingRepository toestemmingen, Clock clock) {
        this.verwijzingen = verwijzingen;
        this.toestemmingen = toestemmingen;
        this.clock = clock;
    }

    @Override
    public void vulAan(UUID inwonerId, InzageverzoekDto overzicht) {
        LocalDate vandaag = Werkdagen.vandaag(clock);
        List<Verwijzing> eigen = verwijzingen.list("inwonerId = ?1 order by verzondenOp, id", inwonerId);
        overzicht.verwijzingen(eigen.stream()
                .map(verwijzing -> VerwijzingMapper.dto(new VerwijzingService.Zicht(verwijzing, true, vandaag)))
                .toList());
        overzicht.ontvangers(
                eigen.stream().map(Verwijzing::organisatieId).distinct().toList());
        overzicht.toestemmingen(toestemmingen.list("inwonerId = ?1 order by aangemaaktOp, id", inwonerId).stream()
                .map(toestemming -> VerwijzingMapper.dto(toestemming, vandaag))
                .toList());
    }
}
