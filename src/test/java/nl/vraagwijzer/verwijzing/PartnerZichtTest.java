package nl.vraagwijzer.verwijzing;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.VerwijzingData;
import org.junit.jupiter.api.Test;

/**
 * What a partner gets to see, as snapshots of the fields in each partner-visible response
 * (src/test/resources/snapshots/partner-zicht.json). A new field in any of them fails this test
 * until someone decides it may be shown and updates the snapshot. BSN, ZRM scores beyond what was
 * shared, and triage text never appear; shared data disappears with the consent.
 */
@QuarkusTest
class PartnerZichtTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void watEenPartnerZiet() throws IOException {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        UUID vraag = maakHulpvraag(inwoner, team);
        Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "zrmScores",
                        List.of(
                                Map.of("leefgebied", "financien", "score", 2),
                                Map.of("leefgebied", "justitie", "score", 1)),
                        "uitkomst",
                        "verwijzen",
                        "toelichting",
                        "Geheim verhaal"))
                .post("/hulpvragen/{id}/triages", vraag)
                .then()
                .statusCode(201);
        UUID partner = maakOrganisatie(uniek("Partner met zicht"));
        UUID dienst = maakDienst(partner, "Schuldhulp", List.of("financien"), List.of());
        String toestemming = VerwijzingData.geefToestemming(team, inwoner, partner);
        String verwijzing = Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "hulpvraagId",
                        vraag.toString(),
                        "dienstId",
                        dienst.toString(),
                        "reden",
                        "Schulden",
                        "toestemmingId",
                        toestemming,
                        "gedeeld",
                        Map.of(
                                "samenvatting",
                                "Huurschuld",
                                "leefgebieden",
                                List.of("financien"),
                                "scores",
                                List.of(Map.of("leefgebied", "financien", "score", 2)))))
                .post("/verwijzingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonNode snapshots;
        try (InputStream in = getClass().getResourceAsStream("/snapshots/partner-zicht.json")) {
            snapshots = JSON.readTree(in);
        }
        Map<String, String> metToestemming = Map.of(
                "verwijzing",
                        Api.alsOrganisatie(PARTNER, partner)
                                .get("/verwijzingen/{id}", verwijzing)
                                .asString(),
                "verwijzingen",
                        Api.alsOrganisatie(PARTNER, partner)
                                .get("/verwijzingen")
                                .asString(),
                "gebeurtenissen",
                        Api.alsOrganisatie(PARTNER, partner)
                                .get("/gebeurtenissen")
                                .asString(),
                "organisaties",
                        Api.alsOrganisatie(PARTNER, partner)
                                .queryParam("naam", "Partner met zicht")
                                .get("/organisaties")
                                .asString(),
                "diensten",
                        Api.alsOrganisatie(PARTNER, partner)
                                .queryParam("organisatieId", partner)
                                .get("/diensten")
                                .asString());
        for (Map.Entry<String, String> antwoord : metToestemming.entrySet()) {
            assertEquals(
                    snapshot(snapshots.path(antwoord.getKey())),
                    velden(JSON.readTree(antwoord.getValue())),
                    "fields a partner sees in " + antwoord.getKey());
            verbodenInhoud(antwoord.getValue());
        }

        Api.als(BALIEMEDEWERKER)
                .post("/toestemmingen/{id}/intrekking", toestemming)
                .then()
                .statusCode(200);
        String na = Api.alsOrganisatie(PARTNER, partner)
                .get("/verwijzingen/{id}", verwijzing)
                .asString();
        assertEquals(snapshot(snapshots.path("verwijzingZonderToestemming")), velden(JSON.readTree(na)));
        assertFalse(na.contains("Huurschuld"));
    }

    private static void verbodenInhoud(String antwoord) {
        for (String verboden : List.of("bsn", "zrmScores", "Geheim verhaal", "justitie", "omschrijving\":\"Ik zoek")) {
            assertFalse(antwoord.contains(verboden), verboden + " in " + antwoord);
        }
    }

    private static TreeSet<String> snapshot(JsonNode velden) {
        TreeSet<String> paden = new TreeSet<>();
        velden.forEach(veld -> paden.add(veld.asText()));
        return paden;
    }

    /** The field paths of a response, arrays folded to their first element. */
    static TreeSet<String> velden(JsonNode node) {
        TreeSet<String> paden = new TreeSet<>();
        verzamel(node, "", paden);
        return paden;
    }

    private static void verzamel(JsonNode node, String pad, TreeSet<String> paden) {
        if (node.isArray()) {
            if (!node.isEmpty()) {
                verzamel(node.get(0), pad + "[]", paden);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(veld -> {
                String sub = pad.isEmpty() ? veld.getKey() : pad + "." + veld.getKey();
                paden.add(sub);
                verzamel(veld.getValue(), sub, paden);
            });
        }
    }
}
