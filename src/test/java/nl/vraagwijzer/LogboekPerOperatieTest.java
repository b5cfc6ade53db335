package nl.vraagwijzer;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.SocialeKaartData;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Test;

/** Every operation on a resident's personal data, in every feature, writes exactly one access-log entry. */
@QuarkusTest
class LogboekPerOperatieTest {

    String team = VoordeurData.uniekTeam();
    String bsn = VoordeurData.nieuwBsn();
    UUID inwoner;

    List<String> acties() {
        return Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .queryParam("pageSize", 100)
                .get("/logboek")
                .then()
                .statusCode(200)
                .extract()
                .path("actie");
    }

    /** Performs the operation and checks it added exactly one entry, with this action. */
    String preciesEen(String actie, Supplier<Response> operatie) {
        int voor = inwoner == null ? 0 : acties().size();
        Response antwoord = operatie.get();
        assertEquals(
                true, antwoord.statusCode() < 300, actie + " answered " + antwoord.statusCode() + antwoord.asString());
        if (inwoner == null) {
            inwoner = UUID.fromString(antwoord.path("id"));
        }
        List<String> na = acties();
        assertEquals(voor + 1, na.size(), actie + " wrote " + (na.size() - voor) + " entries: " + na);
        assertEquals(actie, na.get(na.size() - 1));
        return antwoord.asString();
    }

    @Test
    void elkeOperatiePreciesEenRegel() {
        preciesEen(
                "inwoner-registreren",
                () -> Api.als(BALIEMEDEWERKER).body(VoordeurData.inwoner(bsn)).post("/inwoners"));
        preciesEen("inwoner-lezen", () -> Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inwoner));
        preciesEen("inwoner-wijzigen", () -> Api.als(BALIEMEDEWERKER)
                .header("If-Match", "\"0\"")
                .body(VoordeurData.inwoner(bsn))
                .put("/inwoners/{id}", inwoner));
        preciesEen(
                "inwoner-zoeken",
                () -> Api.als(BALIEMEDEWERKER).body(Map.of("bsn", bsn)).post("/inwoners/_zoek"));
        String vraag = new io.restassured.path.json.JsonPath(
                        preciesEen("hulpvraag-registreren", () -> Api.als(BALIEMEDEWERKER)
                                .body(VoordeurData.hulpvraag(inwoner, team, "jeugd"))
                                .post("/hulpvragen")))
                .getString("id");
        preciesEen("hulpvraag-lezen", () -> Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}", vraag));
        preciesEen("hulpvraag-wijzigen", () -> Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "omschrijving",
                        "Gewijzigd",
                        "leefgebieden",
                        List.of("financien"),
                        "wettelijkKader",
                        "jeugd",
                        "urgentie",
                        "normaal",
                        "team",
                        team))
                .put("/hulpvragen/{id}", vraag));
        preciesEen("hulpvraag-status-wijzigen", () -> Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "in-behandeling"))
                .post("/hulpvragen/{id}/statuswijzigingen", vraag));
        preciesEen("contactmoment-vastleggen", () -> Api.als(BALIEMEDEWERKER)
                .body(Map.of(
                        "datum",
                        nl.vraagwijzer.support.Vandaag.nl().toString(),
                        "kanaal",
                        "balie",
                        "verslag",
                        "Gesprek"))
                .post("/hulpvragen/{id}/contactmomenten", vraag));
        preciesEen(
                "contactmomenten-lezen", () -> Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}/contactmomenten", vraag));
        preciesEen("hulpvragen-zoeken", () -> Api.alsTeam(TEAMLEIDER, team).get("/hulpvragen"));
        preciesEen("tijdlijn-lezen", () -> Api.als(BALIEMEDEWERKER).get("/inwoners/{id}/tijdlijn", inwoner));
        String triage = new io.restassured.path.json.JsonPath(
                        preciesEen("triage-vastleggen", () -> Api.alsTeam(PROFESSIONAL, team)
                                .body(Map.of(
                                        "zrmScores",
                                        List.of(Map.of("leefgebied", "financien", "score", 3)),
                                        "uitkomst",
                                        "beide"))
                                .post("/hulpvragen/{id}/triages", vraag)))
                .getString("id");
        preciesEen("triages-lezen", () -> Api.alsTeam(TEAMLEIDER, team).get("/hulpvragen/{id}/triages", vraag));
        preciesEen(
                "triage-lezen", () -> Api.alsTeam(TEAMLEIDER, team).get("/hulpvragen/{id}/triages/{t}", vraag, triage));
        UUID partner = SocialeKaartData.maakOrganisatie(SocialeKaartData.uniek("Logboekpartner"));
        UUID dienst = SocialeKaartData.maakDienst(partner, "Dienst", List.of("financien"), List.of());
        String toestemming = new io.restassured.path.json.JsonPath(
                        preciesEen("toestemming-vastleggen", () -> Api.alsTeam(PROFESSIONAL, team)
                                .body(Map.of(
                                        "inwonerId",
                                        inwoner.toString(),
                                        "organisatieId",
                                        partner.toString(),
                                        "doel",
                                        "Verwijzing",
                                        "datum",
                                        nl.vraagwijzer.support.Vandaag.nl().toString(),
                                        "vorm",
                                        "schriftelijk"))
                                .post("/toestemmingen")))
                .getString("id");
        preciesEen("toestemming-lezen", () -> Api.alsTeam(PROFESSIONAL, team).get("/toestemmingen/{id}", toestemming));
        String verwijzing = new io.restassured.path.json.JsonPath(
                        preciesEen("verwijzing-versturen", () -> Api.alsTeam(PROFESSIONAL, team)
                                .body(Map.of(
                                        "hulpvraagId",
                                        vraag,
                                        "dienstId",
                                        dienst.toString(),
                                        "reden",
                                        "Schulden",
                                        "toestemmingId",
                                        toestemming))
                                .post("/verwijzingen")))
                .getString("id");
        preciesEen(
                "verwijzing-lezen", () -> Api.alsOrganisatie("partner", partner).get("/verwijzingen/{id}", verwijzing));
        preciesEen("verwijzingen-zoeken", () -> Api.alsOrganisatie("partner", partner)
                .get("/verwijzingen"));
        preciesEen("verwijzing-status-wijzigen", () -> Api.alsOrganisatie("partner", partner)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "geaccepteerd"))
                .post("/verwijzingen/{id}/statuswijzigingen", verwijzing));
        preciesEen("verwijzing-status-wijzigen", () -> Api.alsOrganisatie("partner", partner)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "status",
                        "wachtlijst",
                        "verwachteStart",
                        nl.vraagwijzer.support.Vandaag.nl().plusWeeks(4).toString()))
                .post("/verwijzingen/{id}/statuswijzigingen", verwijzing));
        preciesEen("verwijzing-overbrugging", () -> Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"2\"")
                .body(Map.of("omschrijving", "Wekelijks contact"))
                .put("/verwijzingen/{id}/overbrugging", verwijzing));
        preciesEen("toestemming-intrekken", () -> Api.als(BALIEMEDEWERKER)
                .post("/toestemmingen/{id}/intrekking", toestemming));
        preciesEen("inzageverzoek", () -> Api.als(PRIVACYFUNCTIONARIS).get("/inwoners/{id}/inzageverzoek", inwoner));
    }
}
