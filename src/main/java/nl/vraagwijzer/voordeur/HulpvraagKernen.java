package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;

/** Offers the core of a question to other features, without access logging: it holds no personal data. */
@ApplicationScoped
public class HulpvraagKernen implements Hulpvragen {

    private final HulpvraagRepository hulpvragen;

    public HulpvraagKernen(HulpvraagRepository hulpvragen) {
        this.hulpvragen = hulpvragen;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HulpvraagKern> kern(UUID hulpvraagId) {
        return hulpvragen
                .findByIdOptional(hulpvraagId)
                .map(vraag -> new HulpvraagKern(
                        vraag.id(),
                        vraag.inwonerId(),
                        vraag.team(),
                        vraag.wijk(),
                        vraag.gegevens().wettelijkKader().code(),
                        vraag.gegevens().leefgebieden(),
                        vraag.status() == HulpvraagStatus.AFGESLOTEN));
    }
}
