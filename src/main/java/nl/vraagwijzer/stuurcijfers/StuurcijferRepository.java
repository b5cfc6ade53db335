package nl.vraagwijzer.stuurcijfers;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.time.Werkdagen;

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

    /**
     * The counts of {@code familie} on the days {@code van} up to {@code tot}, each at the first day of
     * its {@code vak} ({@code day}, {@code week} or {@code month}), and the stocks at {@code standen}.
     */
    List<Feit> feiten(
            Connection verbinding,
            Maatstaf.Familie familie,
            LocalDate van,
            LocalDate tot,
            Instant begin,
            Instant eind,
            LocalDate vandag,
            List<Instant> standen,
            String vak,
            boolean metZrm)
            throws SQLException {
        List<Feit> feiten = new ArrayList<>();
        Lezer lezer = new Lezer(verbinding, feiten, vak);
        switch (familie) {
            case INZET -> inzet(lezer, begin, eind, standen);
            case UITVOER -> uitvoer(lezer, van, tot, begin, eind, vandag);
            case EFFECT -> effect(lezer, van, tot, begin, eind, metZrm);
        }
        return feiten;
    }

    /** Up to which day (exclusive) the counts are stored, and when they were computed. */
    record Stand(LocalDate tot, Instant berekendOp) {}

    Optional<Stand> stand(Connection verbinding) throws SQLException {
        try (PreparedStatement vraag = verbinding.prepareStatement("select tot, berekend_op from dagcijferstand");
                ResultSet rij = vraag.executeQuery()) {
            return rij.next()
                    ? Optional.of(new Stand(
                            rij.getObject(1, LocalDate.class),
                            rij.getObject(2, OffsetDateTime.class).toInstant()))
                    : Optional.empty();
        }
    }

    /**
     * The stored counts of {@code familie} on the days {@code van} up to {@code tot}, per month
     * ({@code perWeek}: per ISO week) as stored, at the first day of each, and its stored stocks on
     * {@code standdagen}. {@code van} and {@code tot} are the first days of a month (week) or the day
     * the stored counts end.
     */
    List<Feit> opgeslagen(
            Connection verbinding,
            Maatstaf.Familie familie,
            LocalDate van,
            LocalDate tot,
            List<LocalDate> standdagen,
            boolean perWeek)
            throws SQLException {
        List<Feit> feiten = new ArrayList<>();
        Lezer lezer = new Lezer(verbinding, feiten, "day");
        String[] maatstaven = java.util.Arrays.stream(Maatstaf.values())
                .filter(maatstaf -> maatstaf.familie() == familie)
                .map(Maatstaf::code)
                .toArray(String[]::new);
        // a month and a stock are one row each; a week is stored in a part per month it touches: summed
        String kolommen = "gemeente, team, wijk, dag, maatstaf, categorie, organisatie_id as organisatie,"
                + " dienst_id as dienst, duur, %s as aantal, %s as som from dagcijfer";
        String gedeeld = " and maatstaf = any(?)";
        lezer.lees(
                perWeek
                        ? "select " + String.format(kolommen, "sum(aantal)", "sum(som)")
                                + " where vak = 'week' and dag >= ? and dag < ?" + gedeeld
                                + " group by gemeente, team, wijk, dag, maatstaf, categorie, organisatie_id,"
                                + " dienst_id, duur union all select " + String.format(kolommen, "aantal", "som")
                                + " where vak = 'stand' and dag = any(?)" + gedeeld
                        : "select " + String.format(kolommen, "aantal", "som")
                                + " where (vak = 'maand' and dag >= ? and dag < ?" + gedeeld
                                + ") or (vak = 'stand' and dag = any(?)" + gedeeld + ")",
                rij -> lezer.voeg(Maatstaf.van(rij.getString("maatstaf")), rij),
                van,
                tot,
                maatstaven,
                standdagen.toArray(LocalDate[]::new),
                maatstaven);
        return feiten;
    }

    /** Lets the planner know the new rows: a rebuild replaces them all, more than autovacuum waits for. */
    void statistieken(Connection verbinding) throws SQLException {
        try (Statement analyse = verbinding.createStatement()) {
            analyse.execute("select dagcijfer_analyseren()");
        }
    }

    /** Forgets every stored count; in the caller's transaction. */
    void leeg(Connection verbinding) throws SQLException {
        try (Statement leeg = verbinding.createStatement()) {
            leeg.execute("delete from dagcijfer");
        }
    }

    /**
     * Stores the day counts {@code feiten} summed per month and per ISO week (a stock as it is), and
     * where they differ only in what their figure does not use. @return rows
     */
    int bewaar(Connection verbinding, List<Feit> feiten) throws SQLException {
        Map<Opslag, Feit> samen = samengevoegd(feiten);
        try (PreparedStatement voeg = verbinding.prepareStatement("insert into dagcijfer (gemeente, vak, dag, maatstaf,"
                + " team, wijk, categorie, organisatie_id, dienst_id, duur, aantal, som)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (Map.Entry<Opslag, Feit> rij : samen.entrySet()) {
                Feit feit = rij.getValue();
                voeg.setString(1, feit.gemeente());
                voeg.setString(2, rij.getKey().vak());
                voeg.setObject(3, feit.dag());
                voeg.setString(4, feit.maatstaf().code());
                voeg.setString(5, feit.team());
                voeg.setString(6, feit.wijk());
                voeg.setString(7, feit.categorie());
                voeg.setObject(8, feit.organisatie());
                voeg.setObject(9, feit.dienst());
                voeg.setObject(10, feit.duur());
                voeg.setLong(11, feit.aantal());
                voeg.setDouble(12, feit.som());
                voeg.addBatch();
                if (++inBatch == 1000) {
                    voeg.executeBatch();
                    inBatch = 0;
                }
            }
            voeg.executeBatch();
        }
        return samen.size();
    }

    private static final String VAK_MAAND = "maand";
    private static final String VAK_WEEK = "week";
    private static final String VAK_STAND = "stand";

    /** A stored row's kind ({@code maand}, {@code week}, {@code stand}) and its fact with a zero count. */
    private record Opslag(String vak, Feit sleutel) {}

    /** Records that the counts are stored until {@code tot}, computed at {@code berekendOp}. */
    void stand(Connection verbinding, LocalDate tot, Instant berekendOp) throws SQLException {
        try (PreparedStatement stand = verbinding.prepareStatement("insert into dagcijferstand (id, tot, berekend_op)"
                + " values (true, ?, ?) on conflict (id) do update set tot = excluded.tot,"
                + " berekend_op = excluded.berekend_op")) {
            stand.setObject(1, tot);
            stand.setObject(2, tijd(berekendOp));
            stand.executeUpdate();
        }
    }

    /**
     * The day counts summed into their month and ISO week (a stock stays at its day), and where only
     * what their figure does not use sets them apart: a duration (a closing is counted by reason; only
     * the days-to-close figure keeps the days), a partner figure's team and wijk (it is per gemeente
     * only). Fewer rows to store and to sum.
     */
    private static Map<Opslag, Feit> samengevoegd(List<Feit> feiten) {
        Map<Opslag, Feit> samen = new java.util.LinkedHashMap<>();
        for (Feit feit : feiten) {
            boolean stand = feit.maatstaf().vorm() == Maatstaf.Vorm.STAND;
            for (String vak : stand ? List.of(VAK_STAND) : List.of(VAK_MAAND, VAK_WEEK)) {
                LocalDate dag =
                        switch (vak) {
                            case VAK_MAAND -> feit.dag().withDayOfMonth(1);
                            case VAK_WEEK -> feit.dag().with(java.time.DayOfWeek.MONDAY);
                            default -> feit.dag();
                        };
                // a partner's figures are per gemeente only: no team or wijk to keep
                boolean perPartner = feit.maatstaf().perPartner();
                Feit sleutel = new Feit(
                        feit.maatstaf(),
                        feit.gemeente(),
                        perPartner ? null : feit.team(),
                        perPartner ? null : feit.wijk(),
                        dag,
                        feit.categorie(),
                        feit.organisatie(),
                        feit.dienst(),
                        feit.maatstaf().vorm() == Maatstaf.Vorm.DUUR ? feit.duur() : null,
                        0,
                        0);
                samen.merge(new Opslag(vak, sleutel), sleutel.plus(feit), Feit::plus);
            }
        }
        return samen;
    }

    /** The first day anything was counted on, if anything was. */
    Optional<LocalDate> eersteDag(Connection verbinding) throws SQLException {
        try (PreparedStatement vraag = verbinding.prepareStatement("select least((select min(aangemaakt_op)"
                        + " from hulpvraag), (select min(ontvangen_op) from vroegsignaal))");
                ResultSet rij = vraag.executeQuery()) {
            rij.next();
            OffsetDateTime eerste = rij.getObject(1, OffsetDateTime.class);
            return Optional.ofNullable(eerste)
                    .map(moment -> LocalDate.ofInstant(moment.toInstant(), Werkdagen.NEDERLAND));
        }
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
                "select z.gemeente, z.team, z.wijk, «s.ontvangen_op at time zone " + NL + "» as dag,"
                        + " s.signaalpartner" + kolommen("null::uuid", "null::uuid", "null::int", "0")
                        + " from vroegsignaal s join vroegsignaalzaak z on z.id = s.zaak_id"
                        + " where s.ontvangen_op >= ? and s.ontvangen_op < ? group by 1, 2, 3, 4, 5",
                rij -> lezer.voeg(Maatstaf.VROEGSIGNALEN, rij),
                begin,
                eind);
        if (!standen.isEmpty()) {
            caseload(lezer, standen.stream().sorted().toList());
        }
    }

    /**
     * The questions open at each of {@code momenten} (ascending), per team, wijk and professional: those
     * open now, less what opened (registered, reopened) and plus what closed at or after each moment.
     * The changes since the first moment are summed per interval between two moments
     * ({@code width_bucket}), so the database returns a row per unit and interval, not per question.
     */
    private void caseload(Lezer lezer, List<Instant> momenten) throws SQLException {
        Map<List<String>, long[]> perEenheid = new HashMap<>();
        int aantal = momenten.size();
        lezer.lees(
                "select gemeente, team, wijk, coalesce(medewerker, 'geen-medewerker') as categorie,"
                        + " 0 as vak, count(*) as aantal from hulpvraag where status <> 'afgesloten'"
                        + " group by 1, 2, 3, 4",
                rij -> verandering(perEenheid, rij, aantal),
                new Object[0]);
        OffsetDateTime[] grenzen =
                momenten.stream().map(StuurcijferRepository::tijd).toArray(OffsetDateTime[]::new);
        Instant eerste = momenten.get(0);
        // an opening counts -1 for the moments before it, a closing +1 (the moment sees it still open)
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, coalesce(h.medewerker, 'geen-medewerker') as categorie,"
                        + " width_bucket(w.tijdstip, ?::timestamptz[]) as vak, sum(w.delta) as aantal from ("
                        + " select id as hulpvraag_id, aangemaakt_op as tijdstip, -1 as delta from hulpvraag"
                        + " where aangemaakt_op >= ?"
                        + " union all select hulpvraag_id, tijdstip, 1 from statuswijziging"
                        + " where naar = 'afgesloten' and tijdstip >= ?"
                        + " union all select hulpvraag_id, tijdstip, -1 from statuswijziging"
                        + " where van = 'afgesloten' and tijdstip >= ?"
                        + ") w join hulpvraag h on h.id = w.hulpvraag_id group by 1, 2, 3, 4, 5",
                rij -> verandering(perEenheid, rij, aantal),
                grenzen,
                eerste,
                eerste,
                eerste);
        for (Map.Entry<List<String>, long[]> eenheid : perEenheid.entrySet()) {
            long[] vakken = eenheid.getValue();
            long open = vakken[0];
            // from the last moment back: a moment sees now's open questions, corrected by every change after it
            for (int i = aantal; i >= 1; i--) {
                open += vakken[i];
                if (open > 0) {
                    List<String> sleutel = eenheid.getKey();
                    LocalDate dag = LocalDate.ofInstant(momenten.get(i - 1).minusNanos(1000), Werkdagen.NEDERLAND);
                    lezer.feiten()
                            .add(new Feit(
                                    Maatstaf.CASELOAD,
                                    sleutel.get(0),
                                    sleutel.get(1),
                                    sleutel.get(2),
                                    dag,
                                    sleutel.get(3),
                                    null,
                                    null,
                                    null,
                                    open,
                                    0));
                }
            }
        }
    }

    private static void verandering(Map<List<String>, long[]> perEenheid, ResultSet rij, int aantal)
            throws SQLException {
        List<String> sleutel = java.util.Arrays.asList(
                rij.getString("gemeente"), rij.getString("team"), rij.getString("wijk"), rij.getString("categorie"));
        perEenheid.computeIfAbsent(sleutel, nieuw -> new long[aantal + 1])[rij.getInt("vak")] += rij.getLong("aantal");
    }

    private static String hulpvragen(String categorie, String bron) {
        return "select h.gemeente, h.team, h.wijk, «h.aangemaakt_op at time zone " + NL + "» as dag, "
                + categorie + kolommen("null::uuid", "null::uuid", "null::int", "0")
                + " from hulpvraag h" + bron
                + " where h.aangemaakt_op >= ? and h.aangemaakt_op < ? group by 1, 2, 3, 4, 5";
    }

    private void uitvoer(Lezer lezer, LocalDate van, LocalDate tot, Instant begin, Instant eind, LocalDate vandag)
            throws SQLException {
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, «s.tijdstip at time zone " + NL + "» as dag,"
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
                "select v.gemeente, v.team, h.wijk, «v.verzonden_op at time zone " + NL + "» as dag, v.status"
                        + kolommen(
                                "v.organisatie_id",
                                "v.dienst_id",
                                "case when v.verwachte_start is not null then greatest(0, v.verwachte_start"
                                        + " - (v.verzonden_op at time zone " + NL + ")::date) end",
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
                    "select h.gemeente, h.team, h.wijk, «c.datum» as dag, null::text"
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
                "select h.gemeente, h.team, h.wijk, «h.termijn_datum» as dag, h.wettelijk_kader"
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
                "select v.gemeente, v.team, h.wijk, «v.reactie_datum» as dag, null::text"
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

    private void effect(Lezer lezer, LocalDate van, LocalDate tot, Instant begin, Instant eind, boolean metZrm)
            throws SQLException {
        // each question and leefgebied once, in the period of its last scored triage, from its first;
        // not counted live beside stored counts (a new triage moves a question to a later period)
        if (metZrm) {
            zrm(lezer, van, tot);
        }
        lezer.lees(
                "select p.gemeente, p.team, null::text as wijk, «g.tijdstip at time zone " + NL + "» as dag,"
                        + " null::text" + kolommen("null::uuid", "null::uuid", "null::int", "0")
                        + " from gebeurtenis g join ondersteuningsplan p on p.id = g.onderwerp"
                        + " where g.type = 'nl.vraagwijzer.ondersteuningsplan.doel-bereikt'"
                        + " and g.tijdstip >= ? and g.tijdstip < ? group by 1, 2, 3, 4",
                rij -> lezer.voeg(Maatstaf.PLANDOELEN_BEREIKT, rij),
                begin,
                eind);
        lezer.lees(
                "select h.gemeente, h.team, h.wijk, «s.tijdstip at time zone " + NL + "» as dag, null::text"
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

    private void zrm(Lezer lezer, LocalDate van, LocalDate tot) throws SQLException {
        lezer.lees(
                "with scores as (select t.hulpvraag_id, z.leefgebied, t.datum, z.score,"
                        + " row_number() over reeks as nr, count(*) over alle as aantal,"
                        + " first_value(z.score) over reeks as eerste"
                        + " from triage t join zrm_score z on z.triage_id = t.id"
                        + " where t.hulpvraag_id in (select hulpvraag_id from triage where datum >= ? and datum < ?)"
                        + " window reeks as (partition by t.hulpvraag_id, z.leefgebied order by t.datum,"
                        + " t.aangemaakt_op, t.id), alle as (partition by t.hulpvraag_id, z.leefgebied))"
                        + " select h.gemeente, h.team, h.wijk, «s.datum» as dag, s.leefgebied"
                        + kolommen("null::uuid", "null::uuid", "null::int", "sum(s.score - s.eerste)")
                        + " from scores s join hulpvraag h on h.id = s.hulpvraag_id"
                        + " where s.nr = s.aantal and s.aantal >= 2 and s.datum >= ? and s.datum < ?"
                        + " group by 1, 2, 3, 4, 5",
                rij -> lezer.voeg(Maatstaf.ZRM_VERANDERING, rij),
                van,
                tot,
                van,
                tot);
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
    private record Lezer(Connection verbinding, List<Feit> feiten, String vak) {

        void lees(String sql, RijVerwerking verwerking, Object... parameters) throws SQLException {
            // «x» is a day, counted at the first day of its month or ISO week: periods are sums of those
            String perVak = sql.replace("«", "date_trunc('" + vak + "', ").replace("»", ")::date");
            try (PreparedStatement vraag = verbinding.prepareStatement(perVak)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof Instant moment) {
                        vraag.setObject(i + 1, tijd(moment));
                    } else if (parameter instanceof OffsetDateTime[] momenten) {
                        vraag.setArray(i + 1, verbinding.createArrayOf("timestamptz", momenten));
                    } else if (parameter instanceof String[] teksten) {
                        vraag.setArray(i + 1, verbinding.createArrayOf("varchar", teksten));
                    } else if (parameter instanceof LocalDate[] dagen) {
                        vraag.setArray(i + 1, verbinding.createArrayOf("date", dagen));
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
