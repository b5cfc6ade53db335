package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.dienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.SocialeKaartData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The social map's search (issue 14): Dutch full text with stemming and without accents, ranked,
 * combined with the filters and with a postcode; typos in names; bad input. Each test searches only
 * the services of its own organisation ({@code organisatieId}), so others' data never interferes.
 */
@QuarkusTest
class SocialeKaartZoekenTest {

    private UUID organisatie;

    @BeforeEach
    void eigenOrganisatie() {
        organisatie = maakOrganisatie(uniek("Sociaal Werk De Kempen"));
    }

    private String maak(String naam, String omschrijving, List<String> leefgebieden, Map<String, Object> extra) {
        Map<String, Object> body = dienst(organisatie, naam, leefgebieden, List.of());
        body.put("omschrijving", omschrijving);
        body.putAll(extra);
        return Api.als(BEHEERDER)
                .body(body)
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private RequestSpecification zoek() {
        return Api.als(BALIEMEDEWERKER).queryParam("organisatieId", organisatie.toString());
    }

    private List<String> namen(RequestSpecification vraag) {
        return vraag.get("/diensten").then().statusCode(200).extract().path("naam");
    }

    @Nested
    class NederlandseTekst {

        @BeforeEach
        void aanbod() {
            maak(
                    "Schuldhulpverlening",
                    "Samen een overzicht van alle schuldeisers maken, een budgetplan opstellen en zo nodig een"
                            + " schuldregeling treffen.",
                    List.of("financien"),
                    Map.of("trefwoorden", List.of("budgetplan", "beslag")));
            maak(
                    "Budgetcoaching",
                    "Een vrijwilliger helpt je grip te krijgen op je financiën: rekeningen, toeslagen en sparen.",
                    List.of("financien"),
                    Map.of());
            maak(
                    "Jongerenwerk",
                    "Activiteiten en een luisterend oor voor jongeren in de wijk.",
                    List.of("tijdsbesteding"),
                    Map.of("doelgroepen", List.of("jongeren")));
        }

        @Test
        void schuldenVindtSchuldhulpverlening() {
            assertEquals(List.of("Schuldhulpverlening"), namen(zoek().queryParam("q", "schulden")));
        }

        @Test
        void financieleVindtFinancienMetEnZonderAccenten() {
            assertEquals(List.of("Budgetcoaching"), namen(zoek().queryParam("q", "financiële")));
            assertEquals(List.of("Budgetcoaching"), namen(zoek().queryParam("q", "FINANCIELE")));
            assertEquals(List.of("Budgetcoaching"), namen(zoek().queryParam("q", "financien")));
        }

        @Test
        void elkWoordMoetVoorkomenEnStopwoordenTellenNiet() {
            assertEquals(
                    List.of("Schuldhulpverlening"), namen(zoek().queryParam("q", "een budgetplan voor schuldeisers")));
            assertEquals(List.of(), namen(zoek().queryParam("q", "schulden jongeren")));
        }

        @Test
        void doelgroepenEnTrefwoordenTellenMee() {
            assertEquals(List.of("Jongerenwerk"), namen(zoek().queryParam("q", "jongere")));
            assertEquals(List.of("Schuldhulpverlening"), namen(zoek().queryParam("q", "beslag")));
        }

        @Test
        void deNaamWeegtZwaarderDanDeOmschrijving() {
            maak(
                    "Thuisadministratie",
                    "Hulp bij brieven; wie schulden heeft, helpen we verder.",
                    List.of("financien"),
                    Map.of());
            List<String> namen = namen(zoek().queryParam("q", "schulden"));
            assertEquals(
                    List.of("Schuldhulpverlening", "Thuisadministratie"),
                    namen,
                    "name match before a description match");
        }

        @Test
        void combineertMetDeFilters() {
            maak(
                    "Schuldhulp aan huis",
                    "Een schuldhulpmaatje komt thuis langs.",
                    List.of("financien"),
                    Map.of("aanmeldwijze", "vrij-toegankelijk", "doelgroepen", List.of("ouderen")));
            assertEquals(
                    List.of("Schuldhulp aan huis"),
                    namen(zoek().queryParam("q", "schulden").queryParam("aanmeldwijze", "vrij-toegankelijk")));
            assertEquals(
                    List.of("Schuldhulp aan huis"),
                    namen(zoek().queryParam("q", "schuld").queryParam("doelgroep", "ouderen")));
            assertEquals(
                    List.of(), namen(zoek().queryParam("q", "schulden").queryParam("leefgebied", "tijdsbesteding")));
        }

        @Test
        void teltEnPagineertDeTreffers() {
            // "budget" is in one name (weight A) and in the other's keywords and description (B, C)
            zoek().queryParam("q", "budget")
                    .queryParam("pageSize", 1)
                    .get("/diensten")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "2")
                    .header("Link", containsString("rel=\"next\""))
                    .body("naam", contains("Budgetcoaching"));
            assertEquals(
                    List.of("Schuldhulpverlening"),
                    namen(zoek().queryParam("q", "budget")
                            .queryParam("pageSize", 1)
                            .queryParam("page", 2)));
        }
    }

    @Nested
    class Tikfouten {

        @Test
        void eenNaamMetEenTikfoutWordtNogGevonden() {
            String naam = "Vivenz " + UUID.randomUUID().toString().substring(0, 6);
            maak(naam, "Hulp bij huiselijk geweld.", List.of("huiselijke-relaties"), Map.of());
            assertEquals(List.of(naam), namen(zoek().queryParam("q", "Vivens")));
            // no stem or prefix of "vivenzz" is in the text: the names' trigrams find it
            assertEquals(List.of(naam), namen(zoek().queryParam("q", "Vivenzz")));
            assertEquals(List.of(), namen(zoek().queryParam("q", "Woonbron")));
        }
    }

    @Nested
    class Postcode {

        @Test
        void deDienstenVanDeWijkVoorDeGemeentebrede() {
            maak("Aa gemeentebreed", "Voor heel Dordrecht.", List.of("financien"), Map.of());
            maak("Zz in Wielwijk", "Alleen in Wielwijk.", List.of("financien"), Map.of("wijken", List.of("Wielwijk")));
            maak(
                    "Mm in Crabbehof",
                    "Alleen in Crabbehof.",
                    List.of("financien"),
                    Map.of("wijken", List.of("Crabbehof")));
            // 3317 is Wielwijk (application.properties); Crabbehof's service does not serve it
            assertEquals(
                    List.of("Zz in Wielwijk", "Aa gemeentebreed"), namen(zoek().queryParam("postcode", "3317 ab")));
            assertEquals(
                    List.of("Mm in Crabbehof", "Aa gemeentebreed"), namen(zoek().queryParam("postcode", "3318AB")));
        }

        @Test
        void samenMetDeTekst() {
            maak("Geldzorgen gemeentebreed", "Hulp bij schulden.", List.of("financien"), Map.of());
            maak(
                    "Geldzorgen Wielwijk",
                    "Hulp bij schulden in de wijk.",
                    List.of("financien"),
                    Map.of("wijken", List.of("Wielwijk")));
            maak(
                    "Ontmoeting Wielwijk",
                    "Koffie en een praatje.",
                    List.of("sociaal-netwerk"),
                    Map.of("wijken", List.of("Wielwijk")));
            assertEquals(
                    List.of("Geldzorgen Wielwijk", "Geldzorgen gemeentebreed"),
                    namen(zoek().queryParam("q", "schulden").queryParam("postcode", "3317AB")));
        }

        @Test
        void eenPostcodeBuitenDeRegioGeeftEenLegeLijst() {
            maak("Voor Dordrecht", "Gemeentebreed.", List.of("financien"), Map.of());
            zoek().queryParam("postcode", "9999ZZ")
                    .get("/diensten")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "0")
                    .body("$", empty());
        }
    }

    @Nested
    class CollectieveVoorzieningen {

        private Map<String, Object> inloop(String van, String tot) {
            return SocialeKaartData.inloop("Wijkcentrum Wielwijk", List.of("WE", "MO"), van, tot);
        }

        @Test
        void metLocatieOpeningstijdenEnVrijeToegang() {
            String id = maak(
                    "Inloopspreekuur Geldzaken",
                    "Vrijwilligers helpen met rekeningen, brieven en formulieren.",
                    List.of("financien"),
                    Map.of("aanmeldwijze", "vrij-toegankelijk", "collectief", inloop("09:30", "12:00")));
            maak("Schuldhulpverlening", "Hulp bij schulden.", List.of("financien"), Map.of());
            Api.als(BALIEMEDEWERKER)
                    .get("/diensten/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("collectief.soort", is("inloop"))
                    .body("collectief.kosteloos", is(true))
                    .body("collectief.locatie.naam", is("Wijkcentrum Wielwijk"))
                    .body("collectief.locatie.adres.postcode", is("3317AA"))
                    .body("collectief.openingstijden[0].dagen", contains("MO", "WE"))
                    .body("collectief.openingstijden[0].van", is("09:30"))
                    .body("collectief.openingstijden[0].tot", is("12:00"));
            assertEquals(List.of("Inloopspreekuur Geldzaken"), namen(zoek().queryParam("collectief", true)));
            assertEquals(List.of("Schuldhulpverlening"), namen(zoek().queryParam("collectief", false)));
        }

        @Test
        void onbruikbareOpeningstijdenSchrijvenNiets() {
            for (Map<String, Object> collectief : List.of(
                    inloop("12:00", "09:30"),
                    inloop("25:00", "26:00"),
                    Map.<String, Object>of("soort", "feest"),
                    Map.<String, Object>of(
                            "soort",
                            "inloop",
                            "openingstijden",
                            List.of(Map.of("dagen", List.of("XX"), "van", "09:00", "tot", "10:00"))))) {
                Map<String, Object> body = dienst(organisatie, "Inloop", List.of("financien"), List.of());
                body.put("collectief", collectief);
                isProblem(Api.als(BEHEERDER).body(body).post("/diensten").then(), 400);
            }
            assertEquals(List.of(), namen(zoek()));
        }
    }

    @Nested
    class Organisaties {

        @Test
        void opNaamEnOmschrijving() {
            String naam = uniek("Stichting Geldwijs");
            Map<String, Object> body = SocialeKaartData.organisatie(naam);
            body.put("omschrijving", "Vrijwilligers voor schuldhulpverlening en thuisadministratie.");
            Api.als(BEHEERDER).body(body).post("/organisaties").then().statusCode(201);
            List<String> namen = Api.als(BALIEMEDEWERKER)
                    .queryParam("q", "schulden thuisadministratie")
                    .queryParam("pageSize", 100)
                    .get("/organisaties")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("naam");
            assertTrue(namen.contains(naam), namen.toString());
        }
    }

    @Nested
    class OngeldigeInvoer {

        @Test
        void eenLegeOfTeLangeZoekvraag() {
            for (String q : List.of("", "   ", "schuld".repeat(167), "schuld\u0000")) {
                isProblem(zoek().queryParam("q", q).get("/diensten").then(), 400)
                        .body("detail", containsString("q"));
            }
            isProblem(
                    Api.als(BALIEMEDEWERKER)
                            .queryParam("q", "")
                            .get("/organisaties")
                            .then(),
                    400);
        }

        @Test
        void eenPostcodeDieGeenNederlandsePostcodeIs() {
            for (String postcode : List.of("12345", "0123AB", "3317-AB", "SW1A 1AA")) {
                isProblem(
                                zoek().queryParam("postcode", postcode)
                                        .get("/diensten")
                                        .then(),
                                400)
                        .body("detail", containsString("postcode"));
            }
        }

        @Test
        void zoektekensEnLeestekensZijnGeenSyntax() {
            maak("Schuldhulpverlening", "Hulp bij schulden.", List.of("financien"), Map.of());
            for (String q : List.of("schuld & | ! ( ) :* '", "'; drop table dienst; --", "\\", "<->", "schuld:*A")) {
                zoek().queryParam("q", q).get("/diensten").then().statusCode(200);
            }
            assertEquals(List.of("Schuldhulpverlening"), namen(zoek().queryParam("q", "schulden!")));
        }
    }

    @Nested
    class Plan {

        /**
         * With 15,000 services, the text search is answered from its GIN index (an index scan, not
         * a scan of the table): the rows are added and analysed in a transaction that is rolled back.
         */
        @Test
        void blijftEenIndexScanBij15000Diensten() throws Exception {
            try (Connection verbinding = Beheerdatabase.verbinding();
                    Statement sql = verbinding.createStatement()) {
                verbinding.setAutoCommit(false);
                sql.execute(
                        "insert into dienst (id, versie, organisatie_id, naam, omschrijving, leefgebieden, doelgroepen,"
                                + " wijken, aanmeldwijze, aangemaakt_op, gewijzigd_op)"
                                + " select gen_random_uuid(), 0, '" + organisatie + "', 'Dienst ' || n,"
                                + " (array['Dagbesteding voor ouderen met dementie', 'Hulp bij opvoeden en opgroeien',"
                                + " 'Begeleiding naar werk en opleiding', 'Ondersteuning bij eenzaamheid in de wijk',"
                                + " 'Schuldhulpverlening en budgetbeheer'])[1 + n % 5] || ' ' || n,"
                                + " array['financien'], array['volwassenen'], array[]::text[], 'verwijzing', now(), now()"
                                + " from generate_series(1, 15000) n");
                sql.execute("analyze dienst");
                List<String> plan = new ArrayList<>();
                try (ResultSet rij = sql.executeQuery("explain select d.id from dienst d"
                        + " where dienst_zoektekst(d.naam, d.trefwoorden, d.doelgroepen, d.omschrijving)"
                        + " @@ vraagwijzer_zoekvraag('eenzame ouderen')"
                        + " order by ts_rank(dienst_zoektekst(d.naam, d.trefwoorden, d.doelgroepen, d.omschrijving),"
                        + " vraagwijzer_zoekvraag('eenzame ouderen')) desc, d.naam, d.id limit 20")) {
                    while (rij.next()) {
                        plan.add(rij.getString(1));
                    }
                }
                verbinding.rollback();
                String tekst = String.join("\n", plan);
                assertTrue(tekst.contains("Bitmap Index Scan on dienst_zoektekst"), tekst);
                assertTrue(plan.stream().noneMatch(regel -> regel.contains("Seq Scan on dienst")), tekst);
            }
        }
    }

    @Test
    void zonderZoekvraagBlijftDeLijstOpNaam() {
        maak("Bb", "Twee.", List.of("financien"), Map.of());
        maak("Aa", "Een.", List.of("financien"), Map.of());
        assertEquals(List.of("Aa", "Bb"), namen(zoek()));
    }
}
