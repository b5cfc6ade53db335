package nl.vraagwijzer.socialekaart;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;

@ApplicationScoped
public class DienstRepository implements PanacheRepositoryBase<Dienst, UUID> {

    /**
     * One page of services: by name then id (index dienst_naam_id), with {@code q} the best match
     * first, with a postcode the services of its wijk before those of the whole gemeente.
     */
    public PageResult<Dienst> zoek(DienstFilter filter, PageRequest page) {
        List<String> eerst = filter.postcodeWijk()
                .map(wijk -> List.of("case when array_contains(d.werkgebied, :postcodeWijk) then 0 else 1 end"))
                .orElse(List.of());
        return Tekstzoeken.DIENSTEN.zoek(this, () -> voorwaarden(filter), filter.q(), eerst, page);
    }

    private static Conditions voorwaarden(DienstFilter filter) {
        Conditions conditions = servesConditions(filter.leefgebied(), filter.wijk(), filter.gemeente())
                .and("lower(d.naam) like :naam escape '\\'", "naam", Conditions.containsPattern(filter.naam()))
                .and("d.organisatieId = :organisatieId", "organisatieId", filter.organisatieId())
                .and("array_contains(d.doelgroepen, :doelgroep)", "doelgroep", filter.doelgroep())
                .and("d.aanmeldwijze = :aanmeldwijze", "aanmeldwijze", filter.aanmeldwijze());
        if (filter.collectief() != null) {
            conditions.and(filter.collectief() ? "d.collectief is not null" : "d.collectief is null");
        }
        if (filter.postcodeGemeente() != null) {
            String gemeente = Werkgebied.gemeente(filter.postcodeGemeente());
            Optional<String> wijk = filter.postcodeWijk().map(w -> Werkgebied.wijk(filter.postcodeGemeente(), w));
            if (wijk.isPresent()) {
                conditions.and(
                        "(array_contains(d.werkgebied, :postcodeGemeente) or array_contains(d.werkgebied, :postcodeWijk))",
                        "postcodeGemeente",
                        gemeente);
                conditions.parameters().and("postcodeWijk", wijk.get());
            } else {
                conditions.and("array_contains(d.werkgebied, :postcodeGemeente)", "postcodeGemeente", gemeente);
            }
        }
        return conditions;
    }

    public java.util.List<Dienst> vanOrganisatie(UUID organisatieId) {
        return list("organisatieId", organisatieId);
    }

    public boolean bestaatVoorOrganisatie(UUID organisatieId) {
        return count("organisatieId", organisatieId) > 0;
    }

    /**
     * Conditions on a service aliased {@code d}: it serves the leefgebied, the gemeente, and the wijk
     * either by name or because it covers the whole of a gemeente (no wijk of it listed).
     */
    static Conditions servesConditions(String leefgebied, String wijk, String gemeente) {
        Conditions conditions = new Conditions()
                .and("array_contains(d.leefgebieden, :leefgebied)", "leefgebied", leefgebied)
                .and("array_contains(d.gemeenten, :gemeente)", "gemeente", gemeente);
        if (wijk != null && gemeente != null) {
            // exact: the wijk of that gemeente, or the whole gemeente
            return conditions.and(
                    "(array_contains(d.werkgebied, :gemeente) or array_contains(d.werkgebied, :gemeenteWijk))",
                    "gemeenteWijk",
                    Werkgebied.wijk(gemeente, wijk));
        }
        return conditions.and("(array_contains(d.wijken, :wijk) or array_length(d.wijken) = 0)", "wijk", wijk);
    }
}
