package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.ports.Aanmelden;

/** Questions pushed by partners land here, with the intake team, as any question from the desk would. */
@ApplicationScoped
public class PartnerIntake implements Aanmelden {

    private final InwonerRepository inwoners;
    private final InwonerService inwonerService;
    private final HulpvraagService hulpvraagService;
    private final HulpvraagRepository hulpvragen;
    private final VoordeurConfig config;
    private final Gemeenteindeling indeling;

    public PartnerIntake(
            InwonerRepository inwoners,
            InwonerService inwonerService,
            HulpvraagService hulpvraagService,
            HulpvraagRepository hulpvragen,
            VoordeurConfig config,
            Gemeenteindeling indeling) {
        this.indeling = indeling;
        this.inwoners = inwoners;
        this.inwonerService = inwonerService;
        this.hulpvraagService = hulpvraagService;
        this.hulpvragen = hulpvragen;
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
        return meldAan(gemeente, inwoner(gemeente, inwoner), omschrijving, leefgebieden, wettelijkKader);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID inwoner(String gemeente, Inwonergegevens inwoner) {
        InwonerGegevens gegevens = new InwonerGegevens(
                inwoner.voornamen(),
                inwoner.achternaam(),
                inwoner.geboortedatum(),
                inwoner.bsn(),
                inwoner.adres(),
                inwoner.telefoonnummer(),
                inwoner.emailadres(),
                inwoner.voorkeurstaal());
        return (Bsn.isGeldig(inwoner.bsn())
                        ? inwoners.metBsnVergrendeld(gemeente, inwoner.bsn())
                        : Optional.<Inwoner>empty())
                .map(Inwoner::id)
                .orElseGet(() -> inwonerService.registreer(gemeente, gegevens).id());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID meldAan(
            String gemeente, UUID inwonerId, String omschrijving, List<String> leefgebieden, String wettelijkKader) {
        return hulpvraagService
                .registreer(
                        inwonerId,
                        "partner",
                        new HulpvraagGegevens(
                                omschrijving,
                                leefgebieden,
                                WettelijkKader.van(wettelijkKader),
                                "normaal",
                                intakeTeam(gemeente),
                                null,
                                false))
                .id();
    }

    @Override
    public String intakeTeam(String gemeente) {
        return indeling.gemeente(gemeente)
                .flatMap(Gemeenteindeling.Gemeente::intakeTeam)
                .orElse(config.intakeTeam());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> openSchuldhulpvraag(UUID inwonerId) {
        return hulpvragen.openMetKader(
                inwonerId, List.of(WettelijkKader.SCHULDHULP.code(), WettelijkKader.SCHULDHULP_SPOED.code()));
    }
}
