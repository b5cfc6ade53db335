package nl.vraagwijzer.stuurcijfers;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The day counts behind the steering figures, read in SQL on the figures' connection (the read
 * replica, {@code shared.cijfers.Cijferbron}), grouped by gemeente, team, wijk and Dutch date, so that
 * no row about a person leaves the database. Row-level security limits every table to the gemeenten of
 * the request. These queries read the tables of several features: the figures are a read model over
 * the database, the one place besides the features' own repositories that knows their columns
 * (ADR 0024); each is served by an index of V26 or earlier.
 */
@ApplicationScoped
class StuurcijferRepository {

    private static final String NL = "'Europe/Amsterdam'";
    private static final String KOLOMMEN =
            " as categorie, %s as organisatie, %s as dienst, %s as duur," + " count(*) as aantal, %s as som";

    /** The counts of {@code familie} on the days {@code van} up to {@code tot}; stocks at {@code standen}. */
    List<Feit> feiten(
            Connection verbinding,
            Maatstaf.Familie familie,
            LocalDate van,
            LocalDate tot,
            Instant begin,
            Instant eind,
            LocalDate vandag,
            List<Instant> standen)
            throws SQLException {
        List<Feit> feiten = new ArrayList<>();
        Lezer lezer = new Lezer(verbinding, feiten);
        switch (familie) {
            case INZET -> inzet(lezer, begin, eind, standen);
            case UITVOER -> uitvoer(lezer, van, tot, begin, eind, vandag);
            case EFFECT -> effect(lezer, van, tot, begin, eind);
        }
        return feiten;
    }

    private void inzet(Lezer lezer, Instant begin, Instant eind, List<Instant> standen) throws SQLException {
        lezer.lees(
                hulpvragen("h.kanaal", ""),
                rij -> {
                    lezer.voeg(Maatstaf.HULPVRAGEN, rij);
                    if ("partner".equals(rij.getString("categorie"))) {
                        lezer.voeg(Maatstaf.PARTNERAANMELDINGEN, rij, null);
                    }
                },
                begin,
                eind);
        lezer.lees(
                hulpvragen("l.leefgebied", " cross join unnest(h.leefgebieden) as l(leefgebied)"),
                rij -> lezer.voeg(Maatstaf.HULPVRAGEN_PER_LEEFGEBIED, rij),
                begin,
                eind);
        lezer.lees(
                hulpvragen("h.wettelijk_kader", ""),
                rij -> lezer.voeg(Maatstaf.HULPVRAGEN_PER_WETTELIJK_KADER, rij),
                begin,
                eind);
        lezer.lees(
                "select z.gemeente, z.team, z.wijk, (s.ontvangen_op at time zone " + NL + ")::date as dag,"
                        + " s.signaalpartner" + kolommen("null::uuid", "null::uuid", "null::int", "0")
                        + " from vroegsignaal s join vroegsignaalzaak z on z.id = s.zaak_id"
                        + " where s.ontvangen_op >= ? and s.ontvangen_op < ? group by 1, 2, 3, 4, 5",
                rij -> lezer.voeg(Maatstaf.VROEGSIGNALEN, rij),
                begin,
                eind);
        if (!standen.isEmpty()) {
            // open at a moment: registered before it, and its last status change before it not a closing
            lezer.lees(
                    "select h.gemeente, h.team, h.wijk, ((e.moment - interval '1 microsecond') at time zone " + NL
                            + ")::date as dag, coalesce(h.medewerker, 'geen-medewerker')"
                            + kolommen("null::uuid", "null::uuid", "null::int", "0")
                            + " from unnest(?::timestamptz[]) as e(moment)"
                            + " join hulpvraag h on h.aangemaakt_op < e.moment"
                            + " where coalesce((select s.naar from statuswijziging s where s.hulpvraag_id = h.id"
                            + " and s.tijdstip < e.moment order by s.tijdstip desc limit 1), 'nieuw') <> 'afgesloten'"
                            + " group by 1, 2, 3, 4, 5",
                    rij -> lezer.voeg(Maatstaf.CASELOAD, rij),
                    (Object) standen.stream().map(StuurcijferRepository::tijd).toArray(OffsetDateTime[]::new));
        }
    }

    private static String hulpvragen(String categorie, String bron) {
        return "select h.gemeente, h.team, h.wijk, (h.aangemaakt_op at time zone " + NL + ")::date as dag, "
                + categorie + kolommen("null::uuid", "null::uuid", "null::int", "0")
                + " from hulpvraag h" + bron
                + " where h.aangemaakt_op >= ? and h.aangemaakt_op < ? group by 1, 2, 3, 4, 5";
    }

    private void uitvoer(Lezer lezer, LocalDate van, LocalDate tot, Instant begin, Instant eind, LocalDate vandag)
            throws SQLException {
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, (s.tijdstip at time zone " + NL + ")::date as dag,"
                        + " coalesce(s.afsluitreden, 'onbekend')"
                        + kolommen(
                                "null::uuid",
                                "null::uuid",
                                "greatest(0, (s.tijdstip at time zone " + NL + ")::date - h.registratie_datum)",
                                "0")
                        + " from statuswijziging s join hulpvraag h on h.id = s.hulpvraag_id"
                        + " where s.naar = 'afgesloten' and s.tijdstip >= ? and s.tijdstip < ?"
                        + " group by 1, 2, 3, 4, 5, 8",
                rij -> {
                    lezer.voeg(Maatstaf.AFGESLOTEN, rij);
                    lezer.voeg(Maatstaf.DAGEN_TOT_AFSLUITING, rij, null);
                },
                begin,
                eind);
        lezer.lees(
                "select v.gemeente, v.team, h.wijk, (v.verzonden_op at time zone " + NL + ")::date as dag, v.status"
                        + kolommen(
                                "v.organisatie_id",
                                "v.dienst_id",
                                "greatest(0, v.verwachte_start - (v.verzonden_op at time zone " + NL + ")::date)",
                                "0")
                        + " from verwijzing v join hulpvraag h on h.id = v.hulpvraag_id"
                        + " where v.verzonden_op >= ? and v.verzonden_op < ? group by 1, 2, 3, 4, 5, 6, 7, 8",
                rij -> {
                    lezer.voeg(Maatstaf.VERWIJZINGEN, rij);
                    if (rij.getObject("duur") != null) {
                        lezer.voeg(Maatstaf.WACHTTIJD_PARTNER, rij, null);
                    }
                },
                begin,
                eind);
        for (String[] eerste : List.of(
                new String[] {"contactmoment", "DAGEN_TOT_EERSTE_CONTACT"},
                new String[] {"triage", "DAGEN_TOT_TRIAGE"})) {
            // the first one of a question, when it lies in the range (ties broken by id)
            lezer.lees(
                    "select h.gemeente, h.team, h.wijk, c.datum as dag, null::text"
                            + kolommen("null::uuid", "null::uuid", "greatest(0, c.datum - h.registratie_datum)", "0")
                            + " from " + eerste[0] + " c join hulpvraag h on h.id = c.hulpvraag_id"
                            + " where c.datum >= ? and c.datum < ? and not exists (select 1 from " + eerste[0]
                            + " e where e.hulpvraag_id = c.hulpvraag_id"
                            + " and (e.datum < c.datum or (e.datum = c.datum and e.id < c.id)))"
                            + " group by 1, 2, 3, 4, 8",
                    rij -> lezer.voeg(Maatstaf.valueOf(eerste[1]), rij),
                    van,
                    tot);
        }
        LocalDate verstreken = tot.isAfter(vandag) ? vandag : tot;
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, h.termijn_datum as dag, h.wettelijk_kader"
                        + kolommen(
                                "null::uuid",
                                "null::uuid",
                                "(exists (select 1 from statuswijziging s where s.hulpvraag_id = h.id"
                                        + " and s.naar in ('verwezen', 'afgesloten')"
                                        + " and (s.tijdstip at time zone " + NL + ")::date <= h.termijn_datum))::int",
                                "0")
                        + " from hulpvraag h where h.termijn_datum >= ? and h.termijn_datum < ?"
                        + " group by 1, 2, 3, 4, 5, 8",
                rij -> {
                    lezer.voeg(Maatstaf.TERMIJN_VERSTREKEN, rij, rij.getString("categorie"), null);
                    if (rij.getInt("duur") == 1) {
                        lezer.voeg(Maatstaf.BINNEN_TERMIJN, rij, rij.getString("categorie"), null);
                    }
                },
                van,
                verstreken);
        lezer.lees(
                "select v.gemeente, v.team, h.wijk, v.reactie_datum as dag, null::text"
                        + kolommen(
                                "v.organisatie_id",
                                "null::uuid",
                                "(exists (select 1 from gebeurtenis g where g.verwijzing_id = v.id"
                                        + " and g.type = 'nl.vraagwijzer.verwijzing.status-gewijzigd'"
                                        + " and (g.tijdstip at time zone " + NL + ")::date <= v.reactie_datum))::int",
                                "0")
                        + " from verwijzing v join hulpvraag h on h.id = v.hulpvraag_id"
                        + " where v.reactie_datum >= ? and v.reactie_datum < ? group by 1, 2, 3, 4, 5, 6, 7, 8",
                rij -> {
                    lezer.voeg(Maatstaf.REACTIETERMIJN_VERSTREKEN, rij, null, null);
                    if (rij.getInt("duur") == 1) {
                        lezer.voeg(Maatstaf.BINNEN_REACTIETERMIJN, rij, null, null);
                    }
                },
                van,
                verstreken);
    }

    private void effect(Lezer lezer, LocalDate van, LocalDate tot, Instant begin, Instant eind) throws SQLException {
        // each question and leefgebied once, in the period of its last scored triage, from its first
        lezer.lees(
                "with scores as (select t.hulpvraag_id, z.leefgebied, t.datum, z.score,"
                        + " row_number() over reeks as nr, count(*) over alle as aantal,"
                        + " first_value(z.score) over reeks as eerste"
                        + " from triage t join zrm_score z on z.triage_id = t.id"
                        + " where t.hulpvraag_id in (select hulpvraag_id from triage where datum >= ? and datum < ?)"
                        + " window reeks as (partition by t.hulpvraag_id, z.leefgebied order by t.datum,"
                        + " t.aangemaakt_op, t.id), alle as (partition by t.hulpvraag_id, z.leefgebied))"
                        + " select h.gemeente, h.team, h.wijk, s.datum as dag, s.leefgebied"
                        + kolommen("null::uuid", "null::uuid", "null::int", "sum(s.score - s.eerste)")
                        + " from scores s join hulpvraag h on h.id = s.hulpvraag_id"
                        + " where s.nr = s.aantal and s.aantal >= 2 and s.datum >= ? and s.datum < ?"
                        + " group by 1, 2, 3, 4, 5",
                rij -> lezer.voeg(Maatstaf.ZRM_VERANDERING, rij),
                van,
                tot,
                van,
                tot);
        lezer.lees(
                "select p.gemeente, p.team, null::text as wijk, (g.tijdstip at time zone " + NL + ")::date as dag,"
                        + " null::text" + kolommen("null::uuid", "null::uuid", "null::int", "0")
                        + " from gebeurtenis g join ondersteuningsplan p on p.id = g.onderwerp"
                        + " where g.type = 'nl.vraagwijzer.ondersteuningsplan.doel-bereikt'"
                        + " and g.tijdstip >= ? and g.tijdstip < ? group by 1, 2, 3, 4",
                rij -> lezer.voeg(Maatstaf.PLANDOELEN_BEREIKT, rij),
                begin,
                eind);
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, (s.tijdstip at time zone " + NL + ")::date as dag, null::text"
                        + kolommen("null::uuid", "null::uuid", "null::int", "0")
                        + " from statuswijziging s join hulpvraag h on h.id = s.hulpvraag_id"
                        + " where s.van = 'afgesloten' and s.tijdstip >= ? and s.tijdstip < ?"
                        + " and (select max(a.tijdstip) from statuswijziging a where a.hulpvraag_id = s.hulpvraag_id"
                        + " and a.naar = 'afgesloten' and a.tijdstip < s.tijdstip) > s.tijdstip - interval '6 months'"
                        + " group by 1, 2, 3, 4",
                rij -> lezer.voeg(Maatstaf.HEROPEND_BINNEN_ZES_MAANDEN, rij),
                begin,
                eind);
    }

    private static String kolommen(String organisatie, String dienst, String duur, String som) {
        return String.format(KOLOMMEN, organisatie, dienst, duur, som);
    }

    private static OffsetDateTime tijd(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface RijVerwerking {
        void verwerk(ResultSet rij) throws SQLException;
    }

    /** Runs a query and turns its rows into facts. */
    private record Lezer(Connection verbinding, List<Feit> feiten) {

        void lees(String sql, RijVerwerking verwerking, Object... parameters) throws SQLException {
            try (PreparedStatement vraag = verbinding.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof Instant moment) {
                        vraag.setObject(i + 1, tijd(moment));
                    } else if (parameter instanceof OffsetDateTime[] momenten) {
                        vraag.setArray(i + 1, verbinding.createArrayOf("timestamptz", momenten));
                    } else {
                        vraag.setObject(i + 1, parameter);
                    }
                }
                try (ResultSet rij = vraag.executeQuery()) {
                    while (rij.next()) {
                        verwerking.verwerk(rij);
                    }
                }
            }
        }

        void voeg(Maatstaf maatstaf, ResultSet rij) throws SQLException {
            voeg(maatstaf, rij, rij.getString("categorie"));
        }

        void voeg(Maatstaf maatstaf, ResultSet rij, String categorie) throws SQLException {
            Object duur = rij.getObject("duur");
            voeg(maatstaf, rij, categorie, duur == null ? null : ((Number) duur).intValue());
        }

        void voeg(Maatstaf maatstaf, ResultSet rij, String categorie, Integer duur) throws SQLException {
            feiten.add(new Feit(
                    maatstaf,
                    rij.getString("gemeente"),
                    rij.getString("team"),
                    rij.getString("wijk"),
                    rij.getObject("dag", LocalDate.class),
                    categorie,
                    rij.getObject("organisatie", UUID.class),
                    rij.getObject("dienst", UUID.class),
                    duur,
                    rij.getLong("aantal"),
                    rij.getDouble("som")));
        }
    }
}
