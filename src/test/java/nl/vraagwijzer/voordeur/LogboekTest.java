package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every access to a resident's personal data leaves exactly one entry; the log cannot be changed. */
@QuarkusTest
class LogboekTest {

    @Inject
    AgroalDataSource database;

    static ValidatableResponse logboekVan(UUID inwoner) {
        return Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .queryParam("pageSize", 100)
                .get("/logboek")
                .then()
                .statusCode(200);
    }

    @Nested
    class Vastleggen {

        @Test
        void lezenMetDoelbindingGeeftEenRegel() {
            UUID inwoner = maakInwoner();
            Instant voor = Instant.now();
            Api.als(BALIEMEDEWERKER)
                    .header("X-Doelbinding", "Vraag aan de balie")
                    .get("/inwoners/{id}", inwoner)
                    .then()
                    .statusCode(200);
            logboekVan(inwoner)
                    .body("actie", contains("inwoner-registreren", "inwoner-lezen"))
                    .body("[1].medewerker", is("test-baliemedewerker"))
                    .body("[1].naam", is("test-baliemedewerker"))
                    .body("[1].rollen", contains("baliemedewerker"))
                    .body("[1].doelbinding", is("Vraag aan de balie"))
                    .body("[1].resultaat", is("toegestaan"))
                    .body("[1].inwonerIds", contains(inwoner.toString()));
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", inwoner)
                    .queryParam("vanaf", voor.toString())
                    .get("/logboek")
                    .then()
                    .body("actie", contains("inwoner-lezen"));
        }

        @Test
        void elkeOperatieOpPersoonsgegevensSchrijftPreciesEenRegel() {
            UUID inwoner = maakInwoner();
            String team = uniekTeam();
            UUID vraag = maakHulpvraag(inwoner, team);
            Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}", vraag).then().statusCode(200);
            Api.alsTeam(PROFESSIONAL, team)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "in-behandeling"))
                    .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                    .then()
                    .statusCode(200);
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of("datum", "2026-01-05", "kanaal", "balie", "verslag", "Gesprek"))
                    .post("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(201);
            Api.als(BALIEMEDEWERKER)
                    .get("/hulpvragen/{id}/contactmomenten", vraag)
                    .then()
                    .statusCode(200);
            Api.als(BALIEMEDEWERKER)
                    .get("/inwoners/{id}/tijdlijn", inwoner)
                    .then()
                    .statusCode(200);
            Api.alsTeam(PROFESSIONAL, team).get("/hulpvragen").then().statusCode(200);
            logboekVan(inwoner)
                    .body(
                            "actie",
                            contains(
                                    "inwoner-registreren",
                                    "hulpvraag-registreren",
                                    "hulpvraag-lezen",
                                    "hulpvraag-status-wijzigen",
                                    "contactmoment-vastleggen",
                                    "contactmomenten-lezen",
                                    "tijdlijn-lezen",
                                    "hulpvragen-zoeken"));
        }

        @Test
        void geweigerdeToegangWordtOokGelogd() {
            UUID inwoner = maakInwoner();
            maakHulpvraag(inwoner, uniekTeam());
            Api.alsTeam(PROFESSIONAL, uniekTeam())
                    .get("/inwoners/{id}", inwoner)
                    .then()
                    .statusCode(403);
            logboekVan(inwoner).body("resultaat", hasItem("geweigerd")).body("actie", hasItem("inwoner-lezen"));
        }

        @Test
        void mislukteWijzigingSchrijftNiets() {
            UUID inwoner = maakInwoner();
            Api.als(BALIEMEDEWERKER)
                    .header("If-Match", "\"7\"")
                    .body(inwoner(null))
                    .put("/inwoners/{id}", inwoner)
                    .then()
                    .statusCode(412);
            logboekVan(inwoner).body("actie", contains("inwoner-registreren"));
        }

        @Test
        void zoekenOpBsnLogtZonderHetBsn() {
            String bsn = nieuwBsn();
            String id = maakInwoner(bsn).toString();
            Api.als(BALIEMEDEWERKER)
                    .body(Map.of("bsn", bsn))
                    .post("/inwoners/_zoek")
                    .then()
                    .statusCode(200);
            logboekVan(UUID.fromString(id))
                    .body("actie", hasItem("inwoner-zoeken"))
                    .body(not(containsString(bsn)));
        }

        @Test
        void exportLogtDeFilters() {
            String team = uniekTeam();
            maakHulpvraag(maakInwoner(), team);
            // the log is chronological: start just before the export, so other tests' entries don't crowd it out
            Instant voor = Instant.now().minusMillis(50);
            Api.als(BALIEMEDEWERKER)
                    .accept("text/csv")
                    .queryParam("team", team)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200);
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("medewerker", "test-baliemedewerker")
                    .queryParam("pageSize", 100)
                    .queryParam("vanaf", voor.toString())
                    .get("/logboek")
                    .then()
                    .body(
                            "findAll { it.actie == 'hulpvragen-exporteren' }.toelichting",
                            hasItem(containsString("team=" + team)));
        }
    }

    @Nested
    class Inzien {

        @Test
        void alleenDePrivacyfunctionaris() {
            for (String rol : List.of(BALIEMEDEWERKER, PROFESSIONAL, BEHEERDER, "partner", "rapportage")) {
                isProblem(Api.als(rol).get("/logboek").then(), 403);
            }
        }

        @Test
        void nietTeWijzigenViaDeApi() {
            isProblem(
                    Api.buitenContract(PRIVACYFUNCTIONARIS)
                            .body(Map.of())
                            .post("/logboek")
                            .then(),
                    405);
            isProblem(Api.buitenContract(PRIVACYFUNCTIONARIS).delete("/logboek").then(), 405);
        }

        @Test
        void zonderVanafDeTwaalfMaandenVoorTotOfNu() {
            UUID inwoner = maakInwoner();
            Instant dertienMaandenGeleden =
                    Instant.now().atOffset(ZoneOffset.UTC).minusMonths(13).toInstant();
            String oud = Beheerdatabase.kolom(
                            "insert into logboek (id, tijdstip, medewerker, naam, rollen, actie, inwoner_ids, resultaat,"
                                    + " gemeente) values (gen_random_uuid(), ?, 'oud', 'Oud', '{professional}',"
                                    + " 'inwoner-lezen', array[?::uuid], 'toegestaan', 'GM0505') returning id",
                            java.sql.Timestamp.from(dertienMaandenGeleden),
                            inwoner.toString())
                    .get(0);
            // the default window leaves the old entry out; the newer ones of this resident are in it
            logboekVan(inwoner).body("id", not(hasItem(oud))).body("id", not(hasSize(0)));
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", inwoner)
                    .queryParam(
                            "vanaf", dertienMaandenGeleden.minusSeconds(3600).toString())
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(oud));
            // with only tot, the twelve months before it
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", inwoner)
                    .queryParam("tot", dertienMaandenGeleden.plusSeconds(3600).toString())
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .body("id", contains(oud));
        }

        @Test
        void telTotEenGrensEnDaarnaAlleenDatErMeerZijn() {
            // 1,050 entries of one employee: more than the list counts exactly (BegrensdeTelling.GRENS)
            String medewerker = "telgrens-" + UUID.randomUUID();
            Instant basis = Instant.now().minusSeconds(60);
            Beheerdatabase.kolom(
                    "insert into logboek (id, tijdstip, medewerker, naam, rollen, actie, inwoner_ids, resultaat,"
                            + " gemeente) select gen_random_uuid(), ?::timestamptz - n * interval '1 second', ?, 'Teller',"
                            + " '{professional}', 'inwoner-lezen', '{}', 'toegestaan', 'GM0505'"
                            + " from generate_series(1, 1050) n returning id",
                    java.sql.Timestamp.from(basis),
                    medewerker);
            // the first page: no total, a next page, no last
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("medewerker", medewerker)
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", org.hamcrest.Matchers.nullValue())
                    .header("Link", containsString("page=2&pageSize=20>; rel=\"next\""))
                    .header("Link", not(containsString("rel=\"last\"")))
                    .body("$", hasSize(20));
            // page 50 ends at row 1,000, the bound: still more behind it
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("medewerker", medewerker)
                    .queryParam("page", 50)
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", org.hamcrest.Matchers.nullValue())
                    .header("Link", containsString("page=51&pageSize=20>; rel=\"next\""));
            // a page past the bound counts to its own end, and finds the end of the list: exact again
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("medewerker", medewerker)
                    .queryParam("page", 53)
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "1050")
                    .header("Link", containsString("page=53&pageSize=20>; rel=\"last\""))
                    .header("Link", not(containsString("rel=\"next\"")))
                    .body("$", hasSize(10));
            // exactly the bound (the 1,000 newest): exact
            Api.als(PRIVACYFUNCTIONARIS)
                    .queryParam("medewerker", medewerker)
                    .queryParam("vanaf", basis.minusSeconds(1000).toString())
                    .queryParam("tot", basis.toString())
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .header("X-Total-Count", "1000")
                    .header("Link", containsString("page=50&pageSize=20>; rel=\"last\""));
        }

        @Test
        void ongeldigePeriode() {
            isProblem(
                            Api.als(PRIVACYFUNCTIONARIS)
                                    .queryParam("vanaf", "gisteren")
                                    .get("/logboek")
                                    .then(),
                            400)
                    .body("detail", containsString("vanaf"));
        }
    }

    @Nested
    class Opslag {

        @Test
        void databaseWeigertWijzigenEnVerwijderen() throws SQLException {
            maakInwoner();
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                // the rows of the default gemeente, which row-level security would otherwise hide
                statement.execute("select set_config('vraagwijzer.gemeenten', 'GM0505', false)");
                SQLException wijzigen = assertThrows(
                        SQLException.class, () -> statement.executeUpdate("update logboek set actie = 'x'"));
                assertTrue(wijzigen.getMessage().contains("append-only"));
                assertThrows(SQLException.class, () -> statement.executeUpdate("delete from logboek"));
            }
        }

        @Test
        void gepartitioneerdPerMaandMetPartitiesVooruit() throws SQLException {
            YearMonth maand = YearMonth.now(ZoneOffset.UTC);
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet partities = statement.executeQuery(
                            "select count(*) from pg_inherits where inhrelid::regclass::text in ('logboek_"
                                    + maand.toString().replace('-', '_') + "', 'logboek_"
                                    + maand.plusMonths(12).toString().replace('-', '_') + "')")) {
                partities.next();
                assertEquals(2, partities.getInt(1));
            }
        }
    }

    @Test
    void regelsStaanChronologisch() {
        UUID inwoner = maakInwoner();
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inwoner).then().statusCode(200);
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inwoner).then().statusCode(200);
        List<String> tijdstippen =
                logboekVan(inwoner).body("$", hasSize(3)).extract().path("tijdstip");
        assertEquals(tijdstippen.stream().sorted().toList(), tijdstippen);
    }
}
