package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.ports.Inwoners;

/**
 * Answers whether a resident exists (reveals nothing else, so it is not access-logged) and whether
 * the caller may act on them, by the same team rule as reading the resident.
 */
@ApplicationScoped
public class InwonerBestaan implements Inwoners {

    private final InwonerRepository inwoners;
    private final HulpvraagRepository hulpvragen;
    private final Toegang toegang;

    public InwonerBestaan(InwonerRepository inwoners, HulpvraagRepository hulpvragen, Toegang toegang) {
        this.inwoners = inwoners;
        this.hulpvragen = hulpvragen;
        this.toegang = toegang;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean bestaat(UUID inwonerId) {
        return inwoners.findByIdOptional(inwonerId).isPresent();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void vereisToegang(UUID inwonerId, String actie) {
        if (!heeftToegang(inwonerId)) {
            toegang.weiger(actie, Set.of(inwonerId));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean heeftToegang(UUID inwonerId) {
        return toegang.teamBeperking()
                .map(team -> hulpvragen.heeftHulpvraagVanTeam(inwonerId, team))
                .orElse(true);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Aanmelden.Inwonergegevens> persoonsgegevens(Collection<UUID> inwonerIds) {
        return inwoners.list("id in ?1 and geanonimiseerdOp is null", inwonerIds).stream()
                .collect(Collectors.toMap(Inwoner::id, inwoner -> {
                    InwonerGegevens gegevens = inwoner.gegevens();
                    return new Aanmelden.Inwonergegevens(
                            gegevens.voornamen(),
                            gegevens.achternaam(),
                            gegevens.geboortedatum(),
                            gegevens.bsn(),
                            gegevens.adres(),
                            gegevens.telefoonnummer(),
                            gegevens.emailadres(),
                            gegevens.voorkeurstaal());
                }));
    }
}
