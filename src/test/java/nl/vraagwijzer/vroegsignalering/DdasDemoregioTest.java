package nl.vraagwijzer.vroegsignalering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vraagwijzer.shared.security.Rollen;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.DdasSchema;
import nl.vraagwijzer.support.MetDemoData;
import nl.vraagwijzer.support.Vandaag;
import org.junit.jupiter.api.Test;

/**
 * The DDAS delivery of the demo region (its early signals in every state, from the dev-mode demo
 * data) is valid against the DDAS v0.9 JSON Schema, and a deliberately broken one is not.
 */
@QuarkusTest
@TestProfile(MetDemoData.class)
class DdasDemoregioTest {

    private static final List<String> REGIO = List.of("GM0505", "GM0946", "GM0988", "GM1640");

    private static JsonNode levering() throws Exception {
        String antwoord = Api.namens(Rollen.DDAS_AANLEVERING, null, REGIO.toArray(String[]::new))
                .header("X-Gemeente", "GM0505")
                .queryParam("startdatum", Vandaag.nl().minusDays(200).toString())
                .queryParam("einddatum", Vandaag.nl().toString())
                .queryParam("gemeenten", REGIO)
                .get("/ddas-leveringen")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString();
        return new ObjectMapper().readTree(antwoord);
    }

    @Test
    void deLeveringVanDeDemoregioIsGeldigVolgensHetSchema() throws Exception {
        JsonNode levering = levering();
        assertEquals(Set.of(), DdasSchema.fouten(levering));
        assertEquals(4, levering.get("leveringen").size());
        List<String> codes = new java.util.ArrayList<>();
        Set<String> statussen = new HashSet<>();
        Set<String> resultaten = new HashSet<>();
        int zonderStatus = 0;
        int metBsn = 0;
        for (JsonNode perGemeente : levering.get("leveringen")) {
            codes.add(perGemeente.get("gemeentecode").asText());
            assertEquals(8, perGemeente.get("vroegsignaalzaken").size(), perGemeente.toString());
            for (JsonNode signaal : perGemeente.get("vroegsignalen")) {
                if (signaal.has("status")) {
                    statussen.add(signaal.get("status").asText());
                } else {
                    zonderStatus++;
                }
                assertTrue(signaal.get("client").has("Achternaam"), signaal.toString());
                if (signaal.get("client").has("Burgerservicenummer")) {
                    metBsn++;
                }
            }
            perGemeente.get("vroegsignaalzaken").forEach(zaak -> {
                if (zaak.has("resultaat")) {
                    resultaten.add(zaak.get("resultaat").asText());
                }
            });
        }
        assertEquals(List.of("0505", "0946", "0988", "1640"), codes);
        // every status of the GGM's list, and taken-up signals without one (the list has none for them)
        assertEquals(
                Set.of(
                        "Nog niet opgepakt",
                        "Niet opgepakt: onterecht signaal",
                        "Inwoner is overleden",
                        "Persoon is geen inwoner (meer) in de gemeente",
                        "Niet opgepakt: herhaalde melding",
                        "Niet opgepakt: andere reden"),
                statussen);
        assertEquals(12, zonderStatus);
        assertTrue(metBsn > 20, "the client block carries the BSN where the resident has one: " + metBsn);
        assertTrue(resultaten.contains("Vervolghulp en/of verwijzing financieel"), resultaten.toString());
        assertEquals(
                "Sociale Dienst Drechtsteden (demo)",
                levering.at("/leveringen/0/aanleverende_organisatie/naam").asText());
        assertEquals(
                "Gemeente Nederweert",
                levering.at("/leveringen/1/aanleverende_organisatie/naam").asText());
    }

    @Test
    void eenKapotteLeveringValtAf() throws Exception {
        JsonNode goed = levering();
        ObjectNode zonderLeverancier = goed.deepCopy();
        zonderLeverancier.remove("codeGegevensleverancier");
        assertFalse(DdasSchema.fouten(zonderLeverancier).isEmpty());
        ObjectNode onbekendType = goed.deepCopy();
        ((ObjectNode) onbekendType.at("/leveringen/0/vroegsignalen/0/signaalpartner")).put("type", "Huurder");
        assertFalse(DdasSchema.fouten(onbekendType).isEmpty());
        ObjectNode bedragInTekst = goed.deepCopy();
        ((ObjectNode) bedragInTekst.at("/leveringen/0/vroegsignalen/0")).put("bedrag", "veel");
        assertFalse(DdasSchema.fouten(bedragInTekst).isEmpty());
        ObjectNode geenDatum = goed.deepCopy();
        geenDatum.put("startdatumLevering", "1 januari");
        assertFalse(DdasSchema.fouten(geenDatum).isEmpty());
    }
}
