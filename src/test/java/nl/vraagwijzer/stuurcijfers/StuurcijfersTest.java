package nl.vraagwijzer.stuurcijfers;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The steering figures against the hand-counted year of {@link Stuurcijferfixture}: every family, the
 * Dutch-time boundary of a month, reopened questions, stocks at a period's end, medians and 90th
 * percentiles, small-count suppression with its secondary cells, and a check that no total minus its
 * published parts (over categories, teams and periods, across separate questions for months, quarters
 * and the year) gives away a suppressed cell.
 */
@QuarkusTest
class StuurcijfersTest {

    private static Stuurcijferfixture fixture;

    @BeforeEach
    void jaar2017() throws SQLException {
        synchronized (StuurcijfersTest.class) {
            if (fixture == null) {
                fixture = Stuurcijferfixture.schrijf();
            }
        }
    }

    private static List<Map<String, Object>> cellen(
            RequestSpecification als, String familie, String periode, String... extra) {
        RequestSpecification verzoek = als.queryParam("periode", periode)
                .queryParam("vanaf", "2017-01-01")
                .queryParam("tot", "2017-12-31");
        for (int i = 0; i < extra.length; i += 2) {
            verzoek = verzoek.queryParam(extra[i], extra[i + 1]);
        }
        Response antwoord = verzoek.get("/rapportages/" + familie);
        antwoord.then().statusCode(200).header("Cijfers-Bron", "primair");
        return antwoord.jsonPath().getList("cijfers");
    }

    private static List<Map<String, Object>> cellen(String familie, String periode, String... extra) {
        return cellen(Api.als(RAPPORTAGE), familie, periode, extra);
    }

    /** The cell of a gemeente ({@code eenheid} null) or team, period, figure and category; null when absent. */
    private static Map<String, Object> cel(
            List<Map<String, Object>> cellen, String eenheid, String periode, String maatstaf, String categorie) {
        List<Map<String, Object>> gevonden = cellen.stream()
                .filter(c -> "GM0505".equals(c.get("gemeente"))
                        && Objects.equals(eenheid, c.get("eenheid"))
                        && (eenheid != null || "gemeente".equals(c.get("niveau")))
                        && periode.equals(c.get("periode"))
                        && maatstaf.equals(c.get("maatstaf"))
                        && Objects.equals(categorie, c.get("categorie")))
                .toList();
        assertTrue(gevonden.size() <= 1, "one cell for " + eenheid + " " + periode + " " + maatstaf + " " + categorie);
        return gevonden.isEmpty() ? null : gevonden.get(0);
    }

    private static long aantal(
            List<Map<String, Object>> cellen, String eenheid, String periode, String maatstaf, String categorie) {
        Map<String, Object> cel = cel(cellen, eenheid, periode, maatstaf, categorie);
        assertNotNull(cel, "a cell for " + eenheid + " " + periode + " " + maatstaf + " " + categorie);
        assertEquals(false, cel.get("onderdrukt"), "not suppressed: " + cel);
        return ((Number) cel.get("aantal")).longValue();
    }

    private static void onderdrukt(
            List<Map<String, Object>> cellen, String eenheid, String periode, String maatstaf, String categorie) {
        Map<String, Object> cel = cel(cellen, eenheid, periode, maatstaf, categorie);
        assertNotNull(cel, "a cell for " + eenheid + " " + periode + " " + maatstaf + " " + categorie);
        assertEquals(true, cel.get("onderdrukt"), "suppressed: " + cel);
        assertNull(cel.get("aantal"));
        assertNull(cel.get("waarde"));
        assertNull(cel.get("mediaan"));
    }

    @Test
    void inzetPerMaandTeamEnWijk() {
        List<Map<String, Object>> maanden = cellen("inzet", "maand");
        // A10 at 23:30 Dutch on 31 January is January's; A17 at 00:30 Dutch on 1 February (still 31
        // January in UTC) is February's
        assertEquals(24, aantal(maanden, null, "2017-01", "hulpvragen", null));
        assertEquals(10, aantal(maanden, null, "2017-01", "hulpvragen", "balie"));
        assertEquals(6, aantal(maanden, null, "2017-01", "hulpvragen", "telefoon"));
        assertEquals(8, aantal(maanden, null, "2017-01", "hulpvragen", "partner"));
        assertEquals(16, aantal(maanden, Stuurcijferfixture.TEAM_A, "2017-01", "hulpvragen", null));
        assertEquals(8, aantal(maanden, Stuurcijferfixture.TEAM_B, "2017-01", "hulpvragen", null));
        assertEquals(10, aantal(maanden, null, "2017-02", "hulpvragen", null));
        assertEquals(5, aantal(maanden, null, "2017-02", "hulpvragen", "balie"));
        assertEquals(8, aantal(maanden, null, "2017-01", "partneraanmeldingen", null));
        assertNull(cel(maanden, null, "2017-02", "partneraanmeldingen", null));
        assertEquals(16, aantal(maanden, null, "2017-01", "hulpvragen-per-wettelijk-kader", "wmo-melding"));
        assertEquals(8, aantal(maanden, null, "2017-01", "hulpvragen-per-wettelijk-kader", "jeugd"));
        assertNull(cel(maanden, null, "2017-01", "hulpvragen-per-wettelijk-kader", null));
        assertEquals(16, aantal(maanden, null, "2017-01", "hulpvragen-per-leefgebied", "financien"));
        assertEquals(6, aantal(maanden, null, "2017-01", "vroegsignalen", "energie"));
        assertNull(cel(maanden, null, "2017-03", "hulpvragen", null), "no question in March: no cell, not 0");
        // caseload at the end of January: A7-A16 and B1-B8 open (A1-A6 closed, A17 not yet there)
        assertEquals(18, aantal(maanden, null, "2017-01", "caseload", null));
        assertEquals(10, aantal(maanden, Stuurcijferfixture.TEAM_A, "2017-01", "caseload", null));
        // m.jansen's 4 is small; p.devries's 6 would give it away as 10 - 6
        onderdrukt(maanden, Stuurcijferfixture.TEAM_A, "2017-01", "caseload", "m.jansen");
        onderdrukt(maanden, Stuurcijferfixture.TEAM_A, "2017-01", "caseload", "p.devries");
        assertEquals(8, aantal(maanden, Stuurcijferfixture.TEAM_B, "2017-01", "caseload", "geen-medewerker"));
        assertNull(cel(maanden, null, "2017-01", "caseload", "p.devries"), "per professional only within a team");
        // February's end: A7-A9 closed, A17-A21 and B9-B13 came; A1-A5's reopening in March closed again
        assertEquals(25, aantal(maanden, null, "2017-02", "caseload", null));
        assertEquals(6, aantal(maanden, Stuurcijferfixture.TEAM_A, "2017-02", "caseload", "m.jansen"));
        assertEquals(25, aantal(maanden, null, "2017-03", "caseload", null));
        assertEquals(26, aantal(maanden, null, "2017-09", "caseload", null), "A6 reopened on 1 September");
        assertEquals(7, aantal(maanden, Stuurcijferfixture.TEAM_A, "2017-12", "caseload", "p.devries"));

        List<Map<String, Object>> kwartalen = cellen("inzet", "kwartaal");
        assertEquals(34, aantal(kwartalen, null, "2017-K1", "hulpvragen", null));
        assertEquals(25, aantal(kwartalen, null, "2017-K1", "caseload", null), "a quarter's stock is its last month's");
        assertEquals(26, aantal(cellen("inzet", "jaar"), null, "2017", "caseload", null));

        List<Map<String, Object>> wijken = cellen("inzet", "maand", "indeling", "wijk");
        assertEquals(16, aantal(wijken, "Wielwijk", "2017-01", "hulpvragen", null));
        assertEquals(8, aantal(wijken, "Crabbehof", "2017-01", "hulpvragen", null));
        assertTrue(wijken.stream().noneMatch(c -> "team".equals(c.get("niveau"))));
        assertTrue(maanden.stream().noneMatch(c -> "wijk".equals(c.get("niveau"))));
    }

    @Test
    void uitvoerMetDurenEnTermijnen() {
        List<Map<String, Object>> maanden = cellen("uitvoer", "maand");
        assertEquals(6, aantal(maanden, null, "2017-01", "afgesloten", null));
        assertEquals(6, aantal(maanden, null, "2017-01", "afgesloten", "opgelost"));
        // February's three referred closings are small; March's five then give Q1 - January away
        onderdrukt(maanden, null, "2017-02", "afgesloten", null);
        onderdrukt(maanden, null, "2017-02", "afgesloten", "verwezen-en-afgerond");
        onderdrukt(maanden, null, "2017-03", "afgesloten", null);
        onderdrukt(maanden, null, "2017-03", "afgesloten", "opgelost");
        onderdrukt(maanden, null, "2017-03", "dagen-tot-afsluiting", null);
        Map<String, Object> afsluiting = cel(maanden, null, "2017-01", "dagen-tot-afsluiting", null);
        assertEquals(6, (int) getal(afsluiting.get("aantal")));
        assertEquals(5.0, getal(afsluiting.get("mediaan")), 0.001, "2 2 5 5 10 20");
        assertEquals(20, (int) getal(afsluiting.get("percentiel90")));
        Map<String, Object> contact = cel(maanden, null, "2017-01", "dagen-tot-eerste-contact", null);
        assertEquals(6, (int) getal(contact.get("aantal")));
        assertEquals(2.0, getal(contact.get("mediaan")), 0.001, "1 1 1 3 3 3");
        assertEquals(3, (int) getal(contact.get("percentiel90")));
        assertNull(cel(maanden, null, "2017-02", "dagen-tot-eerste-contact", null), "A11's second contact is no first");
        Map<String, Object> triage = cel(maanden, null, "2017-01", "dagen-tot-triage", null);
        assertEquals(5, (int) getal(triage.get("aantal")));
        assertEquals(7.0, getal(triage.get("mediaan")), 0.001);
        assertNull(cel(maanden, null, "2017-03", "dagen-tot-triage", null));
        // terms: February's sixteen Wmo terms, six met; March's youth terms all met
        assertEquals(16, aantal(maanden, null, "2017-02", "termijn-verstreken", "wmo-melding"));
        Map<String, Object> binnen = cel(maanden, null, "2017-02", "binnen-termijn", "wmo-melding");
        assertEquals(6, (int) getal(binnen.get("aantal")));
        assertEquals(37.5, getal(binnen.get("waarde")), 0.001);
        assertEquals(13, aantal(maanden, null, "2017-03", "termijn-verstreken", null));
        assertEquals(
                100.0,
                getal(cel(maanden, null, "2017-03", "binnen-termijn", "jeugd").get("waarde")),
                0.001);
        assertEquals(5, aantal(maanden, null, "2017-04", "termijn-verstreken", "jeugd"));
        assertNull(cel(maanden, null, "2017-04", "binnen-termijn", "jeugd"));
        // referrals: five accepted and three on a waiting list, the three small and the five following
        assertTrue(
                maanden.stream().noneMatch(c -> c.get("organisatie") != null && !"gemeente".equals(c.get("niveau"))),
                "the partner figures per gemeente only");
        String organisatie = fixture.organisatie.toString();
        List<Map<String, Object>> verwijzingen = maanden.stream()
                .filter(c -> organisatie.equals(c.get("organisatie")) && "gemeente".equals(c.get("niveau")))
                .toList();
        Map<String, Object> totaal = cel(verwijzingen, null, "2017-01", "verwijzingen", null);
        assertEquals(8, (int) getal(totaal.get("aantal")));
        assertNull(totaal.get("dienst"), "per organisation unless per service is asked");
        Map<String, Object> perDienst =
                cel(cellen("uitvoer", "maand", "perDienst", "true"), null, "2017-01", "verwijzingen", null);
        assertEquals(fixture.dienst.toString(), perDienst.get("dienst"));
        assertEquals(8, (int) getal(perDienst.get("aantal")));
        onderdrukt(verwijzingen, null, "2017-01", "verwijzingen", "wachtlijst");
        onderdrukt(verwijzingen, null, "2017-01", "verwijzingen", "geaccepteerd");
        Map<String, Object> wachttijd = cel(verwijzingen, null, "2017-01", "wachttijd-partner", null);
        assertEquals(10.0, getal(wachttijd.get("mediaan")), 0.001, "7 7 7 10 10 12 14 30");
        assertEquals(30, (int) getal(wachttijd.get("percentiel90")));
        assertEquals(8, aantal(verwijzingen, null, "2017-01", "reactietermijn-verstreken", null));
        assertEquals(
                100.0,
                getal(cel(verwijzingen, null, "2017-01", "binnen-reactietermijn", null)
                        .get("waarde")),
                0.001);
        assertEquals(6, aantal(verwijzingen, null, "2017-02", "reactietermijn-verstreken", null));
        assertNull(cel(verwijzingen, null, "2017-02", "wachttijd-partner", null), "no expected start, no waiting time");
        assertNull(cel(verwijzingen, null, "2017-02", "binnen-reactietermijn", null), "reacted after the term");

        List<Map<String, Object>> kwartalen = cellen("uitvoer", "kwartaal");
        assertEquals(14, aantal(kwartalen, null, "2017-K1", "afgesloten", null));
        onderdrukt(kwartalen, null, "2017-K1", "afgesloten", "opgelost");
        Map<String, Object> kwartaal = cel(kwartalen, null, "2017-K1", "dagen-tot-afsluiting", null);
        assertEquals(31.0, getal(kwartaal.get("mediaan")), 0.001);
        assertEquals(69, (int) getal(kwartaal.get("percentiel90")));
        assertEquals(
                48.28,
                getal(cel(kwartalen, null, "2017-K1", "binnen-termijn", null).get("waarde")),
                0.001);
    }

    @Test
    void effectHeropeningenEnZrm() {
        List<Map<String, Object>> maanden = cellen("effect", "maand");
        Map<String, Object> zrm = cel(maanden, null, "2017-03", "zrm-verandering", "financien");
        assertEquals(5, (int) getal(zrm.get("aantal")));
        assertEquals(1.2, getal(zrm.get("waarde")), 0.001, "(2 + 2 + 2 + 1 - 1) / 5");
        assertNull(
                cel(maanden, null, "2017-01", "zrm-verandering", "lichamelijke-gezondheid"), "one triage is no change");
        assertEquals(5, aantal(maanden, null, "2017-06", "plandoelen-bereikt", null));
        assertEquals(5, aantal(maanden, Stuurcijferfixture.TEAM_A, "2017-06", "plandoelen-bereikt", null));
        assertEquals(5, aantal(maanden, null, "2017-03", "heropend-binnen-zes-maanden", null));
        assertNull(cel(maanden, null, "2017-09", "heropend-binnen-zes-maanden", null), "A6: seven months after");
        assertEquals(5, aantal(cellen("effect", "jaar"), null, "2017", "heropend-binnen-zes-maanden", null));
    }

    @Test
    void geenVerschilVerraadtEenOnderdrukteCel() {
        int sommen = 0;
        for (String familie : List.of("inzet", "uitvoer", "effect")) {
            for (String indeling : List.of("team", "wijk")) {
                List<Map<String, Object>> alle = new ArrayList<>();
                for (String periode : List.of("maand", "kwartaal", "jaar")) {
                    alle.addAll(cellen(familie, periode, "indeling", indeling));
                }
                Map<String, Map<String, Object>> perSleutel = new HashMap<>();
                alle.forEach(c -> perSleutel.put(sleutel(c, (String) c.get("periode"), c.get("categorie")), c));
                for (Map<String, Object> c : alle) {
                    String periode = (String) c.get("periode");
                    String maatstaf = (String) c.get("maatstaf");
                    // a gemeente is the sum of its units (the partner figures are per gemeente only)
                    if ("gemeente".equals(c.get("niveau")) && c.get("organisatie") == null) {
                        List<Map<String, Object>> delen = alle.stream()
                                .filter(d -> !"gemeente".equals(d.get("niveau"))
                                        && zonderEenheid(d).equals(zonderEenheid(c)))
                                .toList();
                        sommen += controleer(c, delen);
                    }
                    // a total is the sum of its categories
                    if (c.get("categorie") == null
                            && !Set.of("hulpvragen-per-leefgebied", "zrm-verandering")
                                    .contains(maatstaf)) {
                        List<Map<String, Object>> delen = alle.stream()
                                .filter(d -> d.get("categorie") != null
                                        && sleutel(d, (String) d.get("periode"), null)
                                                .equals(sleutel(c, periode, null))
                                        && Objects.equals(d.get("eenheid"), c.get("eenheid"))
                                        && d.get("niveau").equals(c.get("niveau")))
                                .toList();
                        if (!delen.isEmpty()) {
                            sommen += controleer(c, delen);
                        }
                    }
                    // a year is the sum of its quarters, a quarter of its months (not for a stock)
                    if (!"caseload".equals(maatstaf) && (periode.length() == 4 || periode.contains("-K"))) {
                        List<String> deelperioden = periode.length() == 4
                                ? List.of(periode + "-K1", periode + "-K2", periode + "-K3", periode + "-K4")
                                : maanden(periode);
                        List<Map<String, Object>> delen = deelperioden.stream()
                                .map(p -> perSleutel.get(sleutel(c, p, c.get("categorie"))))
                                .filter(Objects::nonNull)
                                .toList();
                        sommen += controleer(c, delen);
                    }
                }
            }
        }
        assertTrue(sommen > 500, "the check saw the sums: " + sommen);
    }

    private static double getal(Object waarde) {
        return ((Number) waarde).doubleValue();
    }

    private static List<String> maanden(String kwartaal) {
        int k = kwartaal.charAt(kwartaal.length() - 1) - '0';
        String jaar = kwartaal.substring(0, 4);
        return List.of(1, 2, 3).stream()
                .map(m -> String.format("%s-%02d", jaar, (k - 1) * 3 + m))
                .toList();
    }

    private static String zonderEenheid(Map<String, Object> c) {
        return String.join(
                "|",
                String.valueOf(c.get("gemeente")),
                String.valueOf(c.get("periode")),
                String.valueOf(c.get("maatstaf")),
                String.valueOf(c.get("categorie")),
                String.valueOf(c.get("organisatie")),
                String.valueOf(c.get("dienst")));
    }

    /** Everything of a cell, its unit included, with the period and category given. */
    private static String sleutel(Map<String, Object> c, String periode, Object categorie) {
        return String.join(
                "|",
                String.valueOf(c.get("gemeente")),
                periode,
                String.valueOf(c.get("maatstaf")),
                String.valueOf(categorie),
                String.valueOf(c.get("organisatie")),
                String.valueOf(c.get("dienst")),
                String.valueOf(c.get("niveau")) + ":" + c.get("eenheid"));
    }

    /** A total and its published parts: exactly one of them hidden would be given away. @return 1 */
    private static int controleer(Map<String, Object> totaal, List<Map<String, Object>> delen) {
        long verborgen = delen.stream()
                        .filter(d -> Boolean.TRUE.equals(d.get("onderdrukt")))
                        .count()
                + (Boolean.TRUE.equals(totaal.get("onderdrukt")) ? 1 : 0);
        assertFalse(verborgen == 1, "one hidden cell among " + totaal + " and its parts " + delen);
        return 1;
    }

    @Inject
    Dagcijfers dagcijfers;

    /** Every cell of every family, period and level, as one comparable list (freshness left out). */
    private static List<Object> alles() {
        List<Object> alles = new ArrayList<>();
        for (String familie : List.of("inzet", "uitvoer", "effect")) {
            for (String periode : List.of("week", "maand", "kwartaal", "jaar")) {
                for (String indeling : List.of("team", "wijk")) {
                    alles.add(List.of(familie, periode, indeling, cellen(familie, periode, "indeling", indeling)));
                }
            }
        }
        return alles;
    }

    @Test
    void opgeslagenDagtellingenGevenDezelfdeCijfers() throws SQLException {
        synchronized (StuurcijfersTest.class) {
            Beheerdatabase.kolom("delete from dagcijferstand returning tot");
            List<Object> levend = alles();
            Api.als(RAPPORTAGE)
                    .queryParam("tot", "2017-12-31")
                    .get("/rapportages/inzet")
                    .then()
                    .statusCode(200)
                    .body("versheid", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("opgeslagenTot")));
            LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            assertTrue(dagcijfers.bereken(vandaag) > 0, "day counts stored");
            assertEquals(-1, dagcijfers.bereken(vandaag), "once a day");
            assertTrue(Beheerdatabase.tel("select count(*) from dagcijfer where dag < '2018-01-01'") > 0);
            assertEquals(levend, alles(), "the stored days count as the live count did");
            Api.als(RAPPORTAGE)
                    .queryParam("tot", "2017-12-31")
                    .get("/rapportages/inzet")
                    .then()
                    .statusCode(200)
                    .body("versheid.opgeslagenTot", org.hamcrest.Matchers.equalTo(vandaag.toString()));
        }
    }

    @Test
    void deTeamleiderZietHetEigenTeamPerWeek() {
        RequestSpecification teamleider = Api.alsTeam(TEAMLEIDER, Stuurcijferfixture.TEAM_A);
        List<Map<String, Object>> weken = cellen(teamleider, "inzet", "week");
        // ISO week 2 (9-15 January): A1-A9 and A11-A16
        assertEquals(15, aantal(weken, Stuurcijferfixture.TEAM_A, "2017-W02", "hulpvragen", null));
        assertEquals(9, aantal(weken, Stuurcijferfixture.TEAM_A, "2017-W02", "hulpvragen", "balie"));
        assertTrue(
                weken.stream()
                        .allMatch(c ->
                                "team".equals(c.get("niveau")) && Stuurcijferfixture.TEAM_A.equals(c.get("eenheid"))),
                "only the own team, no gemeente total");
        isProblem(
                        Api.alsTeam(TEAMLEIDER, Stuurcijferfixture.TEAM_A)
                                .queryParam("team", Stuurcijferfixture.TEAM_B)
                                .get("/rapportages/inzet")
                                .then(),
                        403)
                .body("detail", containsString(Stuurcijferfixture.TEAM_B));
        isProblem(
                Api.alsTeam(TEAMLEIDER, Stuurcijferfixture.TEAM_A)
                        .queryParam("indeling", "wijk")
                        .get("/rapportages/uitvoer")
                        .then(),
                403);
        isProblem(
                Api.alsTeam(PROFESSIONAL, Stuurcijferfixture.TEAM_A)
                        .get("/rapportages/effect")
                        .then(),
                403);
        Api.anoniem().get("/rapportages/effect").then().statusCode(401);
    }

    @Test
    void csvVersheidEnOngeldigeVragen() {
        String csv = Api.als(RAPPORTAGE)
                .accept("text/csv")
                .queryParam("vanaf", "2017-01-01")
                .queryParam("tot", "2017-01-31")
                .get("/rapportages/inzet")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cijfers-Bron", "primair")
                .header("Cijfers-Actueel-Op", startsWith("20"))
                .extract()
                .asString();
        assertTrue(
                csv.startsWith("gemeente,niveau,eenheid,periode,maatstaf,categorie,organisatie,dienst,aantal,"
                        + "waarde,mediaan,percentiel90,onderdrukt"),
                csv);
        assertTrue(csv.contains("\nGM0505,gemeente,,2017-01,hulpvragen,,,,24,,,,false"), csv);
        assertFalse(csv.contains("2017-02"), "only January was asked");
        Api.als(RAPPORTAGE)
                .queryParam("vanaf", "2017-01-01")
                .queryParam("tot", "2017-01-31")
                .get("/rapportages/effect")
                .then()
                .statusCode(200)
                .body("versheid.bron", org.hamcrest.Matchers.equalTo("primair"))
                .body("versheid.achterstandSeconden", org.hamcrest.Matchers.equalTo(0.0f));
        for (String[] fout : List.of(
                new String[] {"vanaf", "2017-05-01", "tot", "2017-04-01"},
                new String[] {"vanaf", "2010-01-01", "tot", "2017-04-01"},
                new String[] {"vanaf", "1999-12-31", "tot", "2000-01-01"},
                new String[] {"periode", "dag", "tot", "2017-04-01"},
                new String[] {"indeling", "wijk", "team", "stuur-a"},
                new String[] {"vanaf", "99999-01-01", "tot", "2017-04-01"})) {
            isProblem(
                    Api.als(RAPPORTAGE)
                            .queryParam(fout[0], fout[1])
                            .queryParam(fout[2], fout[3])
                            .get("/rapportages/uitvoer")
                            .then(),
                    400);
        }
        // a region: both gemeenten held, each with its own cells; Dordrecht's January as counted alone
        List<Map<String, Object>> regio = Api.namens(RAPPORTAGE, null, "GM0505", "GM0988")
                .header("X-Gemeente", "GM0988")
                .queryParam("vanaf", "2017-01-01")
                .queryParam("tot", "2017-01-31")
                .queryParam("gemeenten", "GM0505", "GM0988")
                .get("/rapportages/inzet")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("cijfers");
        assertEquals(24, aantal(regio, null, "2017-01", "hulpvragen", null));
        isProblem(
                Api.namens(RAPPORTAGE, null, "GM0505")
                        .queryParam("gemeenten", "GM0505", "GM0988")
                        .get("/rapportages/inzet")
                        .then(),
                403);
    }
}
