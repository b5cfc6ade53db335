package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.SocialeKaartData.dienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.GET;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.HsdsSchemas;
import nl.vraagwijzer.support.SocialeKaartData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory as Open Referral HSDS 3.0 (issue 14): every response below is validated against
 * the standard's compiled JSON Schemas kept in {@code src/test/resources/standaarden/hsds}, with formats asserted.
 */
@QuarkusTest
class HsdsTest {

    private UUID organisatie;
    private String inloop;
    private String schuldhulp;

    private static RequestSpecification als(String rol) {
        // HSDS is not in openapi.yaml: checked against the HSDS schemas instead of the Dutch contract
        return Api.buitenContract(rol);
    }

    private static String json(RequestSpecification vraag, String pad) {
        return vraag.get(pad)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
    }

    @BeforeEach
    void aanbod() {
        organisatie = maakOrganisatie(uniek("Punt Welzijn"));
        Map<String, Object> body =
                dienst(organisatie, "Inloopspreekuur Geldzaken", List.of("financien"), List.of("Wielwijk"));
        body.put("omschrijving", "Vrijwilligers helpen met rekeningen, brieven en formulieren. Zonder afspraak.");
        body.put("aanmeldwijze", "vrij-toegankelijk");
        body.put(
                "contact",
                Map.of(
                        "telefoonnummer",
                        "078 123 4567",
                        "emailadres",
                        "inloop@example.nl",
                        "website",
                        "https://www.example.nl/inloop"));
        body.put("collectief", SocialeKaartData.inloop("Wijkcentrum Wielwijk", List.of("TU", "TH"), "09:00", "12:00"));
        inloop = Api.als(BEHEERDER)
                .body(body)
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> individueel =
                dienst(organisatie, "Schuldhulpverlening", List.of("financien", "huisvesting"), List.of());
        individueel.put("omschrijving", "Hulp bij schulden en een schuldregeling.");
        schuldhulp = Api.als(BEHEERDER)
                .body(individueel)
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void eenDienstVolledigMetSchemaLocatieEnLeefgebieden() {
        JsonNode service =
                HsdsSchemas.geldig("compiled/service.json", json(als(PROFESSIONAL), "/hsds/services/" + inloop));
        assertEquals("Inloopspreekuur Geldzaken", service.get("name").asText());
        assertEquals(organisatie.toString(), service.get("organization_id").asText());
        assertEquals("active", service.get("status").asText());
        assertEquals("Kosteloos.", service.get("fees_description").asText());
        JsonNode schedule = service.get("schedules").get(0);
        assertEquals("WEEKLY", schedule.get("freq").asText());
        assertEquals("TU,TH", schedule.get("byday").asText());
        assertEquals("09:00", schedule.get("opens_at").asText());
        assertEquals("12:00", schedule.get("closes_at").asText());
        JsonNode adres = service.at("/service_at_locations/0/location/addresses/0");
        assertEquals("3317 AA", adres.get("postal_code").asText());
        assertEquals("NL", adres.get("country").asText());
        assertEquals("Dordrecht, Wielwijk", service.at("/service_areas/0/name").asText());
        assertEquals("financien", service.at("/attributes/0/taxonomy_term/code").asText());
        assertEquals(organisatie.toString(), service.at("/organization/id").asText());
        // the same ids on every read
        JsonNode nogmaals = HsdsSchemas.geldig("compiled/service.json", json(als(PARTNER), "/hsds/services/" + inloop));
        assertEquals(schedule.get("id"), nogmaals.at("/schedules/0/id"));
    }

    @Test
    void dienstenAlsPaginaMetZoekenEnFilters() {
        JsonNode pagina = HsdsSchemas.geldigePagina(
                "compiled/service_list.json",
                json(als(BALIEMEDEWERKER).queryParam("organization_id", organisatie.toString()), "/hsds/services"));
        assertEquals(2, pagina.get("total_items").asInt());
        assertTrue(
                pagina.get("first_page").asBoolean() && pagina.get("last_page").asBoolean());
        JsonNode gezocht = HsdsSchemas.geldigePagina(
                "compiled/service_list.json",
                json(
                        als(BALIEMEDEWERKER)
                                .queryParam("organization_id", organisatie.toString())
                                .queryParam("search", "schulden"),
                        "/hsds/services"));
        assertEquals(List.of(schuldhulp), namen(gezocht, "id"));
        String huisvesting = termVan("huisvesting");
        JsonNode perTerm = HsdsSchemas.geldigePagina(
                "compiled/service_list.json",
                json(
                        als(BALIEMEDEWERKER)
                                .queryParam("organization_id", organisatie.toString())
                                .queryParam("taxonomy_term_id", huisvesting),
                        "/hsds/services"));
        assertEquals(List.of(schuldhulp), namen(perTerm, "id"));
        JsonNode tweede = HsdsSchemas.geldigePagina(
                "compiled/service_list.json",
                json(
                        als(BALIEMEDEWERKER)
                                .queryParam("organization_id", organisatie.toString())
                                .queryParam("per_page", 1)
                                .queryParam("page", 2),
                        "/hsds/services"));
        assertEquals(2, tweede.get("total_pages").asInt());
        assertEquals(2, tweede.get("page_number").asInt());
        assertTrue(tweede.get("last_page").asBoolean());
        assertTrue(!tweede.get("first_page").asBoolean());
    }

    @Test
    void organisatiesEnHunDiensten() {
        HsdsSchemas.geldigePagina(
                "compiled/organization_list.json",
                json(als(RAPPORTAGE).queryParam("per_page", 100), "/hsds/organizations"));
        JsonNode organization = HsdsSchemas.geldig(
                "compiled/organization.json", json(als(TEAMLEIDER), "/hsds/organizations/" + organisatie));
        assertEquals(
                List.of("Inloopspreekuur Geldzaken", "Schuldhulpverlening"),
                namen(organization.get("services"), "name"));
        assertEquals(
                "24352624",
                organization.at("/organization_identifiers/0/identifier").asText());
    }

    @Test
    void dienstenOpLocatieVoorEenPostcode() {
        JsonNode pagina = HsdsSchemas.geldigePagina(
                "compiled/service_at_location_list.json",
                json(
                        als(PRIVACYFUNCTIONARIS)
                                .queryParam("organization_id", organisatie.toString())
                                .queryParam("postcode", "3317 AB"),
                        "/hsds/service_at_locations"));
        assertEquals(1, pagina.get("total_items").asInt(), "only the collective provision has a location");
        assertEquals(inloop, pagina.at("/contents/0/service_id").asText());
        assertEquals(
                "Wijkcentrum Wielwijk", pagina.at("/contents/0/location/name").asText());
        JsonNode elders = HsdsSchemas.geldigePagina(
                "compiled/service_at_location_list.json",
                json(
                        als(PRIVACYFUNCTIONARIS)
                                .queryParam("organization_id", organisatie.toString())
                                .queryParam("postcode", "3318AB"),
                        "/hsds/service_at_locations"));
        assertEquals(0, elders.get("total_items").asInt(), "Crabbehof is not served by the Wielwijk walk-in");
    }

    @Test
    void deLeefgebiedenAlsTaxonomie() {
        JsonNode taxonomieen = HsdsSchemas.geldigePagina("taxonomy.json", json(als(PARTNER), "/hsds/taxonomies"));
        assertEquals(1, taxonomieen.get("total_items").asInt());
        JsonNode termen = HsdsSchemas.geldigePagina(
                "taxonomy_term.json", json(als(PARTNER).queryParam("per_page", 100), "/hsds/taxonomy_terms"));
        assertEquals(13, termen.get("total_items").asInt());
        termen.get("contents").forEach(term -> assertEquals(taxonomieen.at("/contents/0/id"), term.get("taxonomy_id")));
    }

    @Test
    void openVoorElkeRolNietAnoniemEnFoutenAlsProblem() {
        for (String rol : List.of(
                BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE)) {
            als(rol).get("/hsds/services").then().statusCode(200);
        }
        Api.buitenContract(null).get("/hsds/services").then().statusCode(401);
        for (String verkeerd : List.of(
                "per_page=0",
                "per_page=101",
                "page=0",
                "organization_id=geen-uuid",
                "taxonomy_term_id=" + UUID.randomUUID(),
                "format=ndjson",
                "search=")) {
            als(BALIEMEDEWERKER)
                    .get("/hsds/services?" + verkeerd)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString(verkeerd.substring(0, verkeerd.indexOf('='))));
        }
        als(BALIEMEDEWERKER)
                .get("/hsds/services/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        String root = json(als(BALIEMEDEWERKER), "/hsds");
        assertTrue(root.contains("\"version\":\"3.0\"") && root.contains("/v1/hsds/openapi.json"), root);
        Api.buitenContract(null)
                .get("/hsds/openapi.json")
                .then()
                .statusCode(200)
                .body("info.title", containsString("HSDS"));
    }

    /** The resource serves exactly the paths of openapi/hsds.yaml, each for GET only. */
    @Test
    void dePadenZijnDieVanHetHsdsContract() throws Exception {
        JsonNode contract =
                new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/hsds.yaml")));
        Set<String> inHetContract = new TreeSet<>();
        contract.get("paths").fields().forEachRemaining(pad -> {
            inHetContract.add(pad.getKey());
            assertEquals(List.of("get"), veldnamen(pad.getValue()), pad.getKey());
        });
        Set<String> bediend = new TreeSet<>();
        for (Method methode : HsdsResource.class.getDeclaredMethods()) {
            if (methode.isAnnotationPresent(GET.class)) {
                jakarta.ws.rs.Path pad = methode.getAnnotation(jakarta.ws.rs.Path.class);
                bediend.add(pad == null ? "/" : "/" + pad.value());
            }
        }
        bediend.remove("/openapi.json"); // the contract itself, as /v1/openapi.json serves the Dutch one
        assertEquals(inHetContract, bediend);
    }

    private static List<String> veldnamen(JsonNode object) {
        List<String> namen = new ArrayList<>();
        object.fieldNames().forEachRemaining(namen::add);
        return namen;
    }

    private String termVan(String code) {
        JsonNode termen = HsdsSchemas.geldigePagina(
                "taxonomy_term.json", json(als(PARTNER).queryParam("per_page", 100), "/hsds/taxonomy_terms"));
        for (JsonNode term : termen.get("contents")) {
            if (code.equals(term.get("code").asText())) {
                return term.get("id").asText();
            }
        }
        throw new AssertionError(code);
    }

    private static List<String> namen(JsonNode lijst, String veld) {
        JsonNode items = lijst.has("contents") ? lijst.get("contents") : lijst;
        List<String> namen = new ArrayList<>();
        items.forEach(item -> namen.add(item.get(veld).asText()));
        return namen;
    }
}
