package nl.vraagwijzer.voordeur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatuswijzigingRepository implements PanacheRepositoryBase<Statuswijziging, UUID> {

    public List<Statuswijziging> vanHulpvragen(Collection<UUID> hulpvraagIds) {
        return hulpvraagIds.isEmpty() ? List.of() : list("hulpvraagId in ?1 order by tijdstip desc", hulpvraagIds);
    }
}
