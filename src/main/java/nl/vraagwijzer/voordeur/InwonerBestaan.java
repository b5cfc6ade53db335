package nl.vraagwijzer.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.vraagwijzer.shared.ports.Inwoners;

/** Answers whether a resident exists; reveals nothing else, so it is not access-logged. */
@ApplicationScoped
public class InwonerBestaan implements Inwoners {

    private final InwonerRepository inwoners;

    public InwonerBestaan(InwonerRepository inwoners) {
        this.inwoners = inwoners;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean bestaat(UUID inwonerId) {
        return inwoners.findByIdOptional(inwonerId).isPresent();
    }
}
