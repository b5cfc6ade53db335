package nl.vraagwijzer.vroegsignalering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.paging.BegrensdeTelling;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;

@ApplicationScoped
public class VroegsignaalzaakRepository implements PanacheRepositoryBase<Vroegsignaalzaak, UUID> {

    /**
     * The resident's open case whose matching period holds {@code signaaldatum} (index
     * vroegsignaalzaak_inwoner), after taking the resident's lock: two signals about one resident
     * at once match into one case, never two.
     */
    Optional<Vroegsignaalzaak> openVoor(UUID inwonerId, LocalDate signaaldatum) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended('vroegsignaalzaak:' || :inwoner, 0))")
                .setParameter("inwoner", inwonerId.toString())
                .getSingleResult();
        return find(
                        "inwonerId = ?1 and eindresultaat is null and startMatchingperiode <= ?2"
                                + " and eindeMatchingperiode >= ?2 order by aangemaaktOp",
                        inwonerId,
                        signaaldatum)
                .firstResultOptional();
    }

    /** What the work list asks for: a wijk, a signaalpartner type, past or within the term; null for any. */
    record Filter(String wijk, String soort, Boolean termijnVerlopen, LocalDate vandaag) {}

    /**
     * The team's open cases (every team's for null), crisis first, then by term (index
     * vroegsignaalzaak_werklijst).
     */
    PageResult<Vroegsignaalzaak> werklijst(String team, Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String vanWaar = waar(team, filter, parameters).toString();
        return BegrensdeTelling.pagina(getEntityManager(), Vroegsignaalzaak.class, vanWaar, VOLGORDE, parameters, page);
    }

    /** A place in the work list's order: the last row a page showed. */
    record Plek(boolean crisis, LocalDate termijn, UUID id) {

        /** The place of {@code zaak}: a page or export block continues after it. */
        static Plek van(Vroegsignaalzaak zaak) {
            return new Plek(zaak.crisis(), zaak.termijnDatum(), zaak.id());
        }
    }

    /**
     * The next {@code aantal} rows of the work list after {@code na} (from the start for null),
     * without counting: a keyset on the list's order, so each page costs the same however deep.
     */
    List<Vroegsignaalzaak> werklijstNa(String team, Filter filter, Plek na, int aantal) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder waar = waar(team, filter, parameters);
        if (na != null) {
            // crisis first: after a crisis case come the later crisis cases, then every other one
            String verder = "(z.termijnDatum > :naTermijn or (z.termijnDatum = :naTermijn and z.id > :naId))";
            waar.append(
                    na.crisis()
                            ? " and (z.crisis = false or (z.crisis = true and " + verder + "))"
                            : " and z.crisis = false and " + verder);
            parameters.put("naTermijn", na.termijn());
            parameters.put("naId", na.id());
        }
        return find(waar + VOLGORDE, parameters).page(Page.ofSize(aantal)).list();
    }

    private static final String VOLGORDE = " order by z.crisis desc, z.termijnDatum, z.id";

    /** The work list's selection: open cases of the team, narrowed by the filter. */
    private static StringBuilder waar(String team, Filter filter, Map<String, Object> parameters) {
        StringBuilder waar = new StringBuilder("from Vroegsignaalzaak z where z.eindresultaat is null");
        if (team != null) {
            waar.append(" and z.team = :team");
            parameters.put("team", team);
        }
        if (filter.wijk() != null) {
            waar.append(" and z.wijk = :wijk");
            parameters.put("wijk", filter.wijk());
        }
        if (filter.soort() != null) {
            waar.append(
                    " and exists (select 1 from Vroegsignaal s where s.zaakId = z.id and s.signaalpartner = :soort)");
            parameters.put("soort", filter.soort());
        }
        if (filter.termijnVerlopen() != null) {
            waar.append(
                    filter.termijnVerlopen() ? " and z.termijnDatum < :vandaag" : " and z.termijnDatum >= :vandaag");
            parameters.put("vandaag", filter.vandaag());
        }
        return waar;
    }

    /** One count of the monitor: a measure (and its category) of a gemeente's team in a month. */
    record Telling(String gemeente, String team, String maand, String maatstaf, String categorie, long aantal) {}

    /**
     * The monitor's counts for the months from {@code van} up to {@code tot} (exclusive; the same
     * bounds as instants in Dutch time for the closings), of every team or of {@code team}, in the
     * gemeenten the transaction sees. Totals are the caller's sums of these parts.
     */
    @SuppressWarnings("unchecked")
    List<Telling> monitor(LocalDate van, LocalDate tot, Instant vanaf, Instant totaan, String team) {
        String teamfilter = team == null ? "" : " and z.team = :team";
        var query = getEntityManager()
                .createNativeQuery(
                        """
                select s.gemeente, z.team, to_char(s.signaaldatum, 'YYYY-MM'), 'signalen-per-soort',
                       s.signaalpartner, count(*)
                from vroegsignaal s join vroegsignaalzaak z on z.id = s.zaak_id
                where s.signaaldatum >= :van and s.signaaldatum < :tot %1$s
                group by 1, 2, 3, 5
                union all
                select s.gemeente, z.team, to_char(s.signaaldatum, 'YYYY-MM'), 'herhaalde-meldingen', null, count(*)
                from vroegsignaal s join vroegsignaalzaak z on z.id = s.zaak_id
                where s.signaaldatum >= :van and s.signaaldatum < :tot and s.herhaald %1$s
                group by 1, 2, 3
                union all
                select z.gemeente, z.team, to_char(z.matchingsdatum, 'YYYY-MM'), 'zaken', null, count(*)
                from vroegsignaalzaak z
                where z.matchingsdatum >= :van and z.matchingsdatum < :tot %1$s
                group by 1, 2, 3
                union all
                select z.gemeente, z.team, to_char(z.matchingsdatum, 'YYYY-MM'), 'zaken-binnen-termijn-bereikt',
                       null, count(*)
                from vroegsignaalzaak z
                where z.matchingsdatum >= :van and z.matchingsdatum < :tot %1$s
                  and exists (select 1 from contactpoging c
                              where c.zaak_id = z.id and c.bereikt and c.datum <= z.termijn_datum)
                group by 1, 2, 3
                union all
                select c.gemeente, z.team, to_char(c.datum, 'YYYY-MM'), 'contactpogingen', c.soort, count(*)
                from contactpoging c join vroegsignaalzaak z on z.id = c.zaak_id
                where c.datum >= :van and c.datum < :tot %1$s
                group by 1, 2, 3, 5
                union all
                select c.gemeente, z.team, to_char(c.datum, 'YYYY-MM'), 'contactpogingen-bereikt', c.soort, count(*)
                from contactpoging c join vroegsignaalzaak z on z.id = c.zaak_id
                where c.datum >= :van and c.datum < :tot and c.bereikt %1$s
                group by 1, 2, 3, 5
                union all
                select z.gemeente, z.team, to_char(z.afgesloten_op at time zone 'Europe/Amsterdam', 'YYYY-MM'),
                       'eindresultaten', z.eindresultaat, count(*)
                from vroegsignaalzaak z
                where z.afgesloten_op >= :vanaf and z.afgesloten_op < :totaan %1$s
                group by 1, 2, 3, 5
                """
                                .formatted(teamfilter))
                .setParameter("van", van)
                .setParameter("tot", tot)
                .setParameter("vanaf", vanaf)
                .setParameter("totaan", totaan);
        if (team != null) {
            query.setParameter("team", team);
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(rij -> new Telling(
                                (String) rij[0],
                                (String) rij[1],
                                (String) rij[2],
                                (String) rij[3],
                                (String) rij[4],
                                ((Number) rij[5]).longValue()))
                        .toList();
    }

    /** A signal with its case. */
    record SignaalVanZaak(Vroegsignaal signaal, Vroegsignaalzaak zaak) {}

    /** The signals dated {@code van} to {@code tot} inclusive, with their cases (index vroegsignaal_signaaldatum). */
    List<SignaalVanZaak> signalenIn(LocalDate van, LocalDate tot) {
        return getEntityManager()
                .createQuery(
                        "select s, z from Vroegsignaal s join Vroegsignaalzaak z on z.id = s.zaakId"
                                + " where s.signaaldatum between :van and :tot order by s.signaaldatum, s.id",
                        Object[].class)
                .setParameter("van", van)
                .setParameter("tot", tot)
                .getResultStream()
                .map(rij -> new SignaalVanZaak((Vroegsignaal) rij[0], (Vroegsignaalzaak) rij[1]))
                .toList();
    }

    /**
     * The cases matched from {@code van} to {@code tot} inclusive or closed between the instants, with
     * their signals and attempts loaded (indexes vroegsignaalzaak_matchingsdatum and _afgesloten).
     */
    List<Vroegsignaalzaak> zakenIn(LocalDate van, LocalDate tot, Instant vanaf, Instant totaan) {
        List<Vroegsignaalzaak> zaken = list(
                "matchingsdatum between ?1 and ?2 or (afgeslotenOp >= ?3 and afgeslotenOp < ?4)"
                        + " order by matchingsdatum, id",
                van,
                tot,
                vanaf,
                totaan);
        zaken.forEach(Vroegsignaalzaak::geladen);
        return zaken;
    }
}
