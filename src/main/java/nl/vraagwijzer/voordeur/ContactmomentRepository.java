package nl.vraagwijzer.voordeur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactmomentRepository implements PanacheRepositoryBase<Contactmoment, UUID> {

    /** Newest first (index contactmoment_hulpvraag). */
    public List<Contactmoment> vanHulpvragen(Collection<UUID> hulpvraagIds) {
        return hulpvraagIds.isEmpty()
                ? List.of()
                : list("hulpvraagId in ?1 order by datum desc, aangemaaktOp desc, id desc", hulpvraagIds);
    }
}
