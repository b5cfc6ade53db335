package nl.vraagwijzer.socialekaart;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.persistence.Conditions;

@ApplicationScoped
public class OrganisatieRepository implements PanacheRepositoryBase<Organisatie, UUID> {

    /**
     * One page of organisations, sorted by naam then id (index organisatie_naam_id) so that pages
     * never overlap or skip. Leefgebied and wijk select organisations with one service serving both (in the gemeente, if given);
     * a gemeente alone, organisations serving it. With {@code q}, the best match first.
     */
    public PageResult<Organisatie> zoek(OrganisatieFilter filter, PageRequest page) {
        return Tekstzoeken.ORGANISATIES.zoek(this, () -> voorwaarden(filter), filter.q(), List.of(), page);
    }

    private static Conditions voorwaarden(OrganisatieFilter filter) {
        boolean naarDienst = filter.leefgebied() != null || filter.wijk() != null;
        Conditions diensten = DienstRepository.servesConditions(
                filter.leefgebied(), filter.wijk(), naarDienst ? filter.gemeente() : null);
        return new Conditions()
                .and("lower(o.naam) like :naam escape '\\'", "naam", Conditions.containsPattern(filter.naam()))
                .and("array_contains(o.gemeenten, :gemeente)", "gemeente", filter.gemeente())
                .andExists("from Dienst d where d.organisatieId = o.id", diensten);
    }
}
