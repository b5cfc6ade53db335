package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.ports.Aanmelden;

/** Questions pushed by partners land here, with the intake team, as any question from the desk would. */
@ApplicationScoped
public class PartnerIntake implements Aanmelden {

    private final InwonerRepository inwoners;
    private final InwonerService inwonerService;
    private final HulpvraagService hulpvraagService;
    private final VoordeurConfig config;
    private final Gemeenteindeling indeling;

    public PartnerIntake(
            InwonerRepository inwoners,
            InwonerService inwonerService,
            HulpvraagService hulpvraagService,
            VoordeurConfig config,
            Gemeenteindeling indeling) {
        this.indeling = indeling;
        this.inwoners = inwoners;
        this.inwonerService = inwonerService;
        this.hulpvraagService = hulpvraagService;
        this.config = config;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID meldAan(
            String gemeente,
            Inwonergegevens inwoner,
            String omschrijving,
            List<String> leefgebieden,
            String wettelijkKader) {
        InwonerGegevens gegevens = new InwonerGegevens(
                inwoner.voornamen(),
                inwoner.achternaam(),
                inwoner.geboortedatum(),
                inwoner.bsn(),
                inwoner.adres(),
                inwoner.telefoonnummer(),
                inwoner.emailadres(),
                inwoner.voorkeurstaal());
        UUID inwonerId = (Bsn.isGeldig(inwoner.bsn())
                        ? inwoners.metBsnVergrendeld(gemeente, inwoner.bsn())
                        : java.util.Optional.<Inwoner>empty())
                .map(Inwoner::id)
                .orElseGet(() -> inwonerService.registreer(gemeente, gegevens).id());
        return hulpvraagService
                .registreer(
                        inwonerId,
                        "partner",
                        new HulpvraagGegevens(
                                omschrijving,
                                leefgebieden,
                                WettelijkKader.van(wettelijkKader),
                                "normaal",
                                indeling.gemeente(gemeente)
                                        .flatMap(Gemeenteindeling.Gemeente::intakeTeam)
                                        .orElse(config.intakeTeam()),
                                null,
                                false))
                .id();
    }
}
