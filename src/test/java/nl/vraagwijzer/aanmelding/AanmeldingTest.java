package nl.vraagwijzer.aanmelding;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/** Partners push residents and signals; retries never create duplicates. */
@QuarkusTest
class AanmeldingTest {

    @Inject
    Idempotentie idempotentie;

    static Map<String, Object> aanmelding(String omschrijving, String bsn) {
        return Map.of(
                "inwoner", inwoner(bsn), "omschrijving", omschrijving, "leefgebieden", List.of("sociaal-netwerk"));
    }

    static Response meldAan(UUID partner, String sleutel, Map<String, Object> body) {
        return Api.alsOrganisatie(PARTNER, partner)
                .header("Idempotency-Key", sleutel)
                .body(body)
                .post("/aanmeldingen");
    }

    static List<String> hulpvragenMet(String omschrijving) {
        return Api.als(BALIEMEDEWERKER)
                .queryParam("team", "voordeur")
                .queryParam("pageSize", 100)
                .get("/hulpvragen")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.omschrijving == '" + omschrijving + "' }.id");
    }

    @Test
    void aanmeldingWordtHulpvraagVanHetIntaketeam() {
        UUID huisarts = maakOrganisatie(uniek("Huisartsenpraktijk Wielwijk"));
        String omschrijving = uniek("Eenzaam sinds overlijden partner");
        String kenmerk = meldAan(huisarts, UUID.randomUUID().toString(), aanmelding(omschrijving, null))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.als(BALIEMEDEWERKER)
                .get("/hulpvragen/{id}", kenmerk)
                .then()
                .statusCode(200)
                .body("kanaal", is("partner"))
                .body("team", is("voordeur"))
                .body("wijk", is("Wielwijk"))
                .body("omschrijving", is(omschrijving));
        Api.alsOrganisatie(PARTNER, huisarts)
                .get("/gebeurtenissen")
                .then()
                .body("soort", contains("aanmelding-ontvangen"))
                .body("[0].gegevens.kenmerk", is(kenmerk));
    }

    @Test
    void bekendBsnKoppeltAanDeBestaandeInwoner() {
        String bsn = nieuwBsn();
        UUID bestaand = nl.vraagwijzer.support.VoordeurData.maakInwoner(bsn);
        String kenmerk = meldAan(
                        maakOrganisatie(uniek("School")),
                        UUID.randomUUID().toString(),
                        aanmelding(uniek("Zorgen over thuissituatie"), bsn))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}", kenmerk).then().body("inwonerId", is(bestaand.toString()));
    }

    @Test
    void dezelfdeSleutelGeeftHetEersteAntwoordEnGeenDubbel() {
        UUID partner = maakOrganisatie(uniek("Wijkverpleging"));
        String sleutel = UUID.randomUUID().toString();
        String omschrijving = uniek("Valt vaak, woont alleen");
        Map<String, Object> body = aanmelding(omschrijving, null);
        String eerste =
                meldAan(partner, sleutel, body).then().statusCode(201).extract().asString();
        String tweede =
                meldAan(partner, sleutel, body).then().statusCode(201).extract().asString();
        assertEquals(eerste, tweede);
        assertEquals(1, hulpvragenMet(omschrijving).size());

        isProblem(
                        meldAan(partner, sleutel, aanmelding(uniek("Iets anders"), null))
                                .then(),
                        422)
                .body("detail", containsString("Idempotency-Key"));
        // another partner may use the same key for its own request
        meldAan(maakOrganisatie(uniek("Andere partner")), sleutel, body).then().statusCode(201);
    }

    @Test
    void eenSleutelWordtNaDeBewaartijdVergeten() {
        UUID partner = maakOrganisatie(uniek("Maatschappelijk werk"));
        String sleutel = UUID.randomUUID().toString();
        String omschrijving = uniek("Rekeningen stapelen zich op");
        Map<String, Object> body = aanmelding(omschrijving, null);
        meldAan(partner, sleutel, body).then().statusCode(201);

        // within the week the key holds: a retry is the same push
        idempotentie.ruimOp(Instant.now().plus(Duration.ofDays(6)));
        meldAan(partner, sleutel, body).then().statusCode(201);
        assertEquals(1, hulpvragenMet(omschrijving).size());

        // after it the key is forgotten, so the same key is new work
        assertTrue(idempotentie.ruimOp(Instant.now().plus(Duration.ofDays(8))) >= 1);
        meldAan(partner, sleutel, body).then().statusCode(201);
        assertEquals(2, hulpvragenMet(omschrijving).size());
    }

    @Test
    void gelijktijdigeDubbelsMakenEenHulpvraag() throws Exception {
        UUID partner = maakOrganisatie(uniek("Ongeduldige partner"));
        String sleutel = UUID.randomUUID().toString();
        String omschrijving = uniek("Gelijktijdig verstuurd");
        Map<String, Object> body = aanmelding(omschrijving, null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> pogingen = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pogingen.add(() -> meldAan(partner, sleutel, body));
            }
            Set<Integer> statussen = new HashSet<>();
            Set<String> kenmerken = new HashSet<>();
            for (Future<Response> poging : pool.invokeAll(pogingen)) {
                Response antwoord = poging.get();
                statussen.add(antwoord.statusCode());
                if (antwoord.statusCode() == 201) {
                    kenmerken.add(antwoord.path("id"));
                } else {
                    assertEquals(409, antwoord.statusCode(), antwoord.asString());
                    assertTrue(antwoord.asString().contains("nog verwerkt"));
                }
            }
            assertTrue(statussen.contains(201));
            assertEquals(1, kenmerken.size(), "every success names the same question");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, hulpvragenMet(omschrijving).size());
    }

    @Test
    void tweePogingenMetVerseSleutelsVoorEenBsnMakenEenInwoner() throws Exception {
        UUID partner = maakOrganisatie(uniek("Haastige partner"));
        String bsn = nl.vraagwijzer.support.VoordeurData.nieuwBsn();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> inwoners = new ArrayList<>();
        try {
            List<Callable<Response>> pogingen = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> body = new java.util.HashMap<>(aanmelding(uniek("Zelfde BSN"), null));
                body.put("inwoner", inwoner(bsn));
                pogingen.add(() -> meldAan(partner, UUID.randomUUID().toString(), body));
            }
            for (Future<Response> poging : pool.invokeAll(pogingen)) {
                Response antwoord = poging.get();
                assertEquals(201, antwoord.statusCode(), antwoord.asString());
                inwoners.add(Api.als(BALIEMEDEWERKER)
                        .get("/hulpvragen/{id}", antwoord.<String>path("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("inwonerId"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, inwoners.stream().distinct().count(), "one resident for one BSN: " + inwoners);
    }

    @Test
    void verschillendeSleutelsHoudenElkaarNietTegen() throws Exception {
        UUID partner = maakOrganisatie(uniek("Drukke partner"));
        // eight keys with one and the same String.hashCode(): "Aa" and "BB" hash alike
        List<String> sleutels = new ArrayList<>();
        for (String a : List.of("Aa", "BB")) {
            for (String b : List.of("Aa", "BB")) {
                for (String c : List.of("Aa", "BB")) {
                    sleutels.add(a + b + c);
                }
            }
        }
        assertEquals(1, sleutels.stream().map(String::hashCode).distinct().count());
        ExecutorService pool = Executors.newFixedThreadPool(sleutels.size());
        try {
            List<Callable<Response>> pogingen = new ArrayList<>();
            for (String sleutel : sleutels) {
                pogingen.add(() -> meldAan(partner, sleutel, aanmelding(uniek("Eigen sleutel"), null)));
            }
            for (Future<Response> poging : pool.invokeAll(pogingen)) {
                assertEquals(201, poging.get().statusCode(), poging.get().asString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void zonderSleutel400EnNietsGeschreven() {
        String omschrijving = uniek("Zonder sleutel");
        isProblem(
                        Api.alsOrganisatie(PARTNER, maakOrganisatie(uniek("Vergeetachtig")))
                                .body(aanmelding(omschrijving, null))
                                .post("/aanmeldingen")
                                .then(),
                        400)
                .body("detail", containsString("Idempotency-Key"));
        assertEquals(0, hulpvragenMet(omschrijving).size());
    }

    @Test
    void eenSignaalKomtInDeVroegsignalering() {
        UUID woonbron = maakOrganisatie(uniek("Woonbron"));
        Map<String, Object> signaal = Map.of(
                "inwoner",
                inwoner(null),
                "soort",
                "huur",
                "bedrag",
                1250.5,
                "sinds",
                nl.vraagwijzer.support.Vandaag.nl().minusMonths(2).toString());
        String kenmerk = Api.alsOrganisatie(PARTNER, woonbron)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(signaal)
                .post("/signalen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the signal is in the outreach of the intake team, no question (VroegsignaleringTest has the rest)
        assertEquals(
                List.of("voordeur huur 1250.50"),
                nl.vraagwijzer.support.Beheerdatabase.kolom(
                        "select z.team || ' ' || s.signaalpartner || ' ' || s.bedrag from vroegsignaal s"
                                + " join vroegsignaalzaak z on z.id = s.zaak_id where s.id = ?::uuid",
                        kenmerk));
        Api.alsOrganisatie(PARTNER, woonbron).get("/gebeurtenissen").then().body("soort", hasItem("signaal-ontvangen"));

        isProblem(
                        Api.alsOrganisatie(PARTNER, woonbron)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(Map.of(
                                        "inwoner",
                                        inwoner(null),
                                        "soort",
                                        "huur",
                                        "bedrag",
                                        10,
                                        "sinds",
                                        nl.vraagwijzer.support.Vandaag.nl()
                                                .plusDays(3)
                                                .toString()))
                                .post("/signalen")
                                .then(),
                        400)
                .body("detail", containsString("sinds"));
    }

    @Test
    void alleenPartners() {
        isProblem(
                Api.alsTeam(PROFESSIONAL, "x")
                        .header("Idempotency-Key", "k")
                        .body(aanmelding("x", null))
                        .post("/aanmeldingen")
                        .then(),
                403);
        isProblem(
                        Api.als(PARTNER)
                                .header("Idempotency-Key", "k")
                                .body(aanmelding("x", null))
                                .post("/aanmeldingen")
                                .then(),
                        403)
                .body("detail", containsString("organisatie_id"));
    }
}
