package nl.vraagwijzer.triage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<Triage, UUID> {

    /** Newest (the current one) first. */
    public List<Triage> vanHulpvraag(UUID hulpvraagId) {
        return list("hulpvraagId = ?1 order by aangemaaktOp desc, id desc", hulpvraagId);
    }

    /** A row of the outcome report. */
    public record Cijfer(String gemeente, String team, String leefgebied, long aantal, double eerste, double laatste) {}

    /**
     * Per gemeente, team and leefgebied, over the questions with at least two scored triages in the
     * period: the mean first and latest score. Aggregates only; no id leaves the database. The
     * gemeenten are those the transaction sees (row-level security: one, or a regional set).
     */
    @SuppressWarnings("unchecked")
    public List<Cijfer> zelfredzaamheid(LocalDate vanaf, LocalDate tot, String team) {
        List<String> voorwaarden = new ArrayList<>();
        if (vanaf != null) {
            voorwaarden.add("t.datum >= :vanaf");
        }
        if (tot != null) {
            voorwaarden.add("t.datum < :tot");
        }
        if (team != null) {
            voorwaarden.add("t.team = :team");
        }
        String where = voorwaarden.isEmpty() ? "" : "where " + String.join(" and ", voorwaarden);
        var query = getEntityManager()
                .createNativeQuery(
                        """
                with scores as (
                    select t.gemeente, t.hulpvraag_id, t.team, z.leefgebied, z.score,
                           row_number() over (partition by t.hulpvraag_id, z.leefgebied
                                              order by t.datum, t.aangemaakt_op) as eerst,
                           row_number() over (partition by t.hulpvraag_id, z.leefgebied
                                              order by t.datum desc, t.aangemaakt_op desc) as laatst
                    from triage t join zrm_score z on z.triage_id = t.id
                    %s
                ), per_vraag as (
                    select gemeente, hulpvraag_id, min(team) as team, leefgebied,
                           max(score) filter (where eerst = 1) as eerste,
                           max(score) filter (where laatst = 1) as laatste,
                           count(*) as aantal
                    from scores group by gemeente, hulpvraag_id, leefgebied
                )
                select gemeente, team, leefgebied, count(*), avg(eerste), avg(laatste)
                from per_vraag where aantal >= 2
                group by gemeente, team, leefgebied
                order by gemeente, team, leefgebied
                """
                                .formatted(where));
        if (vanaf != null) {
            query.setParameter("vanaf", vanaf);
        }
        if (tot != null) {
            query.setParameter("tot", tot);
        }
        if (team != null) {
            query.setParameter("team", team);
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(rij -> new Cijfer(
                                (String) rij[0],
                                (String) rij[1],
                                (String) rij[2],
                                ((Number) rij[3]).longValue(),
                                ((Number) rij[4]).doubleValue(),
                                ((Number) rij[5]).doubleValue()))
                        .toList();
    }
}
