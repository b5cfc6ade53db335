package nl.vraagwijzer.ondersteuningsplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class OndersteuningsplanRepository implements PanacheRepositoryBase<Ondersteuningsplan, UUID> {

    /** Whether the household or resident has a plan (indexes ondersteuningsplan_huishouden, _inwoner). */
    boolean heeftPlan(UUID huishoudenId, UUID inwonerId) {
        return huishoudenId != null ? count("huishoudenId", huishoudenId) > 0 : count("inwonerId", inwonerId) > 0;
    }

    /**
     * The plans with an action of {@code organisatie}, oldest first: a containment query on the
     * actions (index ondersteuningsplan_partneracties), across the gemeenten the caller sees.
     */
    List<Ondersteuningsplan> metActiesVan(UUID organisatie) {
        return metActies("[{\"organisatieId\": \"" + organisatie + "\"}]");
    }

    /** The plan that holds action {@code actieId} (the same index). */
    Optional<Ondersteuningsplan> metActie(UUID actieId) {
        return metActies("[{\"id\": \"" + actieId + "\"}]").stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Ondersteuningsplan> metActies(String bevat) {
        List<UUID> ids = getEntityManager()
                .createNativeQuery(
                        "select p.id from ondersteuningsplan p where p.inhoud -> 'acties' @> cast(:bevat as jsonb)",
                        UUID.class)
                .setParameter("bevat", bevat)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by aangemaaktOp, id", ids);
    }

    /** A plan's latest evaluation date that has come and was not announced yet. */
    record Evaluatie(UUID planId, String gemeente, LocalDate datum) {}

    /**
     * Every plan with an evaluation date on or before {@code vandaag} later than the last one
     * announced, with the latest such date, in the gemeenten the transaction sees.
     */
    @SuppressWarnings("unchecked")
    List<Evaluatie> aangebrokenEvaluaties(LocalDate vandaag) {
        List<Object[]> rijen = getEntityManager()
                .createNativeQuery(
                        """
                        select p.id, p.gemeente, cast(max(cast(d as date)) as text)
                        from ondersteuningsplan p cross join jsonb_array_elements_text(p.inhoud -> 'evaluatiedata') d
                        where cast(d as date) <= :vandaag
                          and (p.evaluatie_gemeld_tot is null or cast(d as date) > p.evaluatie_gemeld_tot)
                        group by p.id, p.gemeente
                        order by p.id
                        """)
                .setParameter("vandaag", vandaag)
                .getResultList();
        return rijen.stream()
                .map(rij -> new Evaluatie((UUID) rij[0], (String) rij[1], LocalDate.parse((String) rij[2])))
                .toList();
    }

    /** Records that the plan's evaluation date {@code datum} was announced, outside the plan's version. */
    void evaluatieGemeld(UUID planId, LocalDate datum) {
        getEntityManager()
                .createNativeQuery("update ondersteuningsplan set evaluatie_gemeld_tot = :datum where id = :id")
                .setParameter("datum", datum)
                .setParameter("id", planId)
                .executeUpdate();
    }

    void legVast(Planwijziging wijziging) {
        getEntityManager().persist(wijziging);
    }

    /** Every version of the plan, oldest first (index planwijziging_plan). */
    List<Planwijziging> geschiedenis(UUID planId) {
        return getEntityManager()
                .createQuery(
                        "from Planwijziging w where w.planId = :plan order by w.versie, w.tijdstip",
                        Planwijziging.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /**
     * The team's plans, oldest first (index ondersteuningsplan_team); with {@code verlopen} only those
     * with an evaluation date before {@code vandaag} that lies after their last change (Dutch time).
     */
    @SuppressWarnings("unchecked")
    PageResult<Ondersteuningsplan> vanTeam(String team, boolean verlopen, LocalDate vandaag, PageRequest page) {
        String waar = "p.team = :team"
                + (verlopen
                        ? " and exists (select 1 from jsonb_array_elements_text(p.inhoud -> 'evaluatiedata') d"
                                + " where cast(d as date) < :vandaag"
                                + " and cast(d as date) > cast(p.gewijzigd_op at time zone 'Europe/Amsterdam' as date))"
                        : "");
        var ids = getEntityManager()
                .createNativeQuery(
                        "select p.id from ondersteuningsplan p where " + waar + " order by p.aangemaakt_op, p.id",
                        UUID.class)
                .setParameter("team", team);
        var aantal = getEntityManager()
                .createNativeQuery("select count(*) from ondersteuningsplan p where " + waar)
                .setParameter("team", team);
        if (verlopen) {
            ids.setParameter("vandaag", vandaag);
            aantal.setParameter("vandaag", vandaag);
        }
        List<UUID> pagina = ids.setFirstResult(page.index() * page.pageSize())
                .setMaxResults(page.pageSize())
                .getResultList();
        List<Ondersteuningsplan> plannen =
                pagina.isEmpty() ? List.of() : list("id in ?1 order by aangemaaktOp, id", pagina);
        return new PageResult<>(plannen, ((Number) aantal.getSingleResult()).longValue(), page);
    }

    /** Per gemeente, team and leefgebied: the goals, and those achieved or sustained. */
    record Doeltelling(String gemeente, String team, String leefgebied, long doelen, long bereikt) {}

    @SuppressWarnings("unchecked")
    List<Doeltelling> doelen(String team) {
        var query = getEntityManager()
                .createNativeQuery(
                        """
                        select p.gemeente, p.team, d ->> 'leefgebied', count(*),
                               count(*) filter (where d ->> 'voortgang' in ('achieved', 'sustaining'))
                        from ondersteuningsplan p cross join jsonb_array_elements(p.inhoud -> 'doelen') d
                        %s
                        group by 1, 2, 3 order by 1, 2, 3
                        """
                                .formatted(team == null ? "" : "where p.team = :team"));
        if (team != null) {
            query.setParameter("team", team);
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(rij -> new Doeltelling(
                                (String) rij[0],
                                (String) rij[1],
                                (String) rij[2],
                                ((Number) rij[3]).longValue(),
                                ((Number) rij[4]).longValue()))
                        .toList();
    }
}
