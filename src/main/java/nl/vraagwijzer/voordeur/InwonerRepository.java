package nl.vraagwijzer.voordeur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InwonerRepository implements PanacheRepositoryBase<Inwoner, UUID> {

    /** By BSN, through the unique index inwoner_bsn_uniek. */
    public Optional<Inwoner> metBsn(String bsn) {
        return find("bsn", bsn).firstResultOptional();
    }
}
