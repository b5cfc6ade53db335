package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;

/** Offers the core of a question to other features, without access logging: it holds no personal data. */
@ApplicationScoped
public class HulpvraagKernen implements Hulpvragen {

    private final HulpvraagRepository hulpvragen;
    private final Toegang toegang;

    public HulpvraagKernen(HulpvraagRepository hulpvragen, Toegang toegang) {
        this.hulpvragen = hulpvragen;
        this.toegang = toegang;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HulpvraagKern> bekendBijAanroeper(UUID hulpvraagId, String actie) {
        Optional<Hulpvraag> vraag = hulpvragen.findByIdOptional(hulpvraagId);
        if (vraag.isPresent() && vraag.get().gegevens().vertrouwelijk() && !toegang.magZien(vraag.get())) {
            toegang.weigerStil(actie, Set.of(vraag.get().inwonerId()));
            return Optional.empty();
        }
        return vraag.map(HulpvraagKernen::kern);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HulpvraagKern> kern(UUID hulpvraagId) {
        return hulpvragen.findByIdOptional(hulpvraagId).map(HulpvraagKernen::kern);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<List<HulpvraagKern>> openVoorTeam(Collection<UUID> inwonerIds, String team, String actie) {
        List<Hulpvraag> open = hulpvragen.list(
                "inwonerId in ?1 and status <> ?2 order by aangemaaktOp, id",
                inwonerIds,
                HulpvraagStatus.AFGESLOTEN.code());
        List<HulpvraagKern> zichtbaar = new ArrayList<>();
        for (Hulpvraag vraag : open) {
            if (vraag.gegevens().vertrouwelijk() && !toegang.magZien(vraag)) {
                toegang.weigerStil(actie, Set.of(vraag.inwonerId()));
            } else {
                zichtbaar.add(kern(vraag));
            }
        }
        if (zichtbaar.stream().noneMatch(vraag -> vraag.team().equals(team))) {
            toegang.weigerStil(actie, inwonerIds, "geen open hulpvraag van het eigen team");
            return Optional.empty();
        }
        return Optional.of(zichtbaar);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> inwonersMetOpenVraagVan(String team) {
        return Set.copyOf(hulpvragen
                .getEntityManager()
                .createQuery(
                        // the literal, so that the partial index hulpvraag_open_team applies
                        "select distinct h.inwonerId from Hulpvraag h where h.team = :team and h.status <> 'afgesloten'",
                        UUID.class)
                .setParameter("team", team)
                .getResultList());
    }

    private static HulpvraagKern kern(Hulpvraag vraag) {
        return new HulpvraagKern(
                vraag.id(),
                vraag.gemeente(),
                vraag.inwonerId(),
                vraag.team(),
                vraag.wijk(),
                vraag.gegevens().wettelijkKader().code(),
                vraag.gegevens().leefgebieden(),
                vraag.status() == HulpvraagStatus.AFGESLOTEN);
    }
}
