package nl.vraagwijzer.ondersteuningsplan;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.Vandaag;
import nl.vraagwijzer.support.VerwijzingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A household with a debt question and a youth question through one plan: goals, actions for the
 * resident, the network, the team and two partners, the resident's agreement, an evaluation with a
 * new ZRM, a change of coordinator, and the history of it all; and what the plan refuses.
 */
@QuarkusTest
class OndersteuningsplanTest {

    @Inject
    Planevaluaties evaluaties;

    private final String team = uniekTeam();
    private final String jeugdteam = uniekTeam();
    private UUID moeder;
    private UUID dochter;
    private UUID schuld;
    private String huishouden;

    @BeforeEach
    void huishoudenMetEenSchuldvraagEnEenJeugdvraag() {
        moeder = maakInwoner();
        dochter = maakInwoner();
        schuld = maakHulpvraag(moeder, team, "schuldhulp");
        maakHulpvraag(dochter, jeugdteam, "jeugd");
        huishouden = Api.als(BALIEMEDEWERKER)
                .body(Map.of(
                        "leden",
                        List.of(
                                Map.of("inwonerId", moeder.toString(), "relatie", "hoofdbewoner"),
                                Map.of("inwonerId", dochter.toString(), "relatie", "kind"))))
                .post("/huishoudens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private Map<String, Object> regisseur(String medewerker, String vanTeam) {
        return Map.of("medewerker", medewerker, "naam", "Medewerker " + medewerker, "team", vanTeam);
    }

    private Map<String, Object> plan(String doel, List<Map<String, Object>> acties) {
        Map<String, Object> body = new HashMap<>();
        body.put("huishoudenId", huishouden);
        body.put("regisseur", regisseur("j.devries", team));
        body.put(
                "doelen",
                List.of(
                        Map.of(
                                "id",
                                doel,
                                "inwonerId",
                                moeder.toString(),
                                "leefgebied",
                                "financien",
                                "omschrijving",
                                "Ik wil weer overzicht over mijn post en rekeningen.",
                                "zrmStart",
                                2,
                                "zrmDoel",
                                4,
                                "streefdatum",
                                Vandaag.nl().plusMonths(6).toString()),
                        Map.of(
                                "inwonerId",
                                dochter.toString(),
                                "leefgebied",
                                "sociaal-netwerk",
                                "omschrijving",
                                "Weer naar voetbal.",
                                "zrmDoel",
                                3)));
        body.put("acties", acties);
        body.put("evaluatiedata", List.of(Vandaag.nl().plusMonths(3).toString()));
        return body;
    }

    private static Map<String, Object> actie(String eigenaar, String doel, String verwijzing) {
        Map<String, Object> actie = new HashMap<>();
        actie.put("omschrijving", "Actie van " + eigenaar);
        actie.put("eigenaar", eigenaar);
        if (doel != null) {
            actie.put("doelId", doel);
        }
        if (verwijzing != null) {
            actie.put("verwijzingId", verwijzing);
        }
        if (eigenaar.equals("netwerk")) {
            actie.put("eigenaarNaam", "zus");
        }
        return actie;
    }

    private ValidatableResponse stelOp(Map<String, Object> plan) {
        return Api.alsTeam(PROFESSIONAL, team)
                .body(plan)
                .post("/ondersteuningsplannen")
                .then();
    }

    private ValidatableResponse wijzig(String id, String versie, Map<String, Object> inhoud) {
        return Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"" + versie + "\"")
                .body(inhoud)
                .put("/ondersteuningsplannen/{id}", id)
                .then();
    }

    @Test
    void eenHuishoudenEenPlanEenRegisseur() {
        String verwijzingA = VerwijzingData.verwijs(team, moeder, schuld);
        String verwijzingB = VerwijzingData.verwijs(team, moeder, schuld);
        String doel = UUID.randomUUID().toString();
        List<Map<String, Object>> acties = List.of(
                actie("inwoner", doel, null),
                actie("netwerk", doel, null),
                actie("team", null, null),
                actie("partner", doel, verwijzingA),
                actie("partner", doel, verwijzingB));
        JsonPath opgesteld = stelOp(plan(doel, acties))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("regisseur.medewerker", is("j.devries"))
                .body("gewijzigdNaAkkoord", is(false))
                .extract()
                .jsonPath();
        String id = opgesteld.getString("id");
        assertEquals(doel, opgesteld.getString("doelen[0].id"));
        assertEquals("in-progress", opgesteld.getString("doelen[0].voortgang"));
        assertEquals(List.of("inwoner", "netwerk", "team", "partner", "partner"), opgesteld.getList("acties.eigenaar"));
        assertNotNull(opgesteld.getString("acties[3].organisatieId"));
        assertTrue(
                !opgesteld.getString("acties[3].organisatieId").equals(opgesteld.getString("acties[4].organisatieId")));

        // the resident agrees
        Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"0\"")
                .body(Map.of("door", "Fatima El Amrani", "datum", Vandaag.nl().toString(), "vorm", "mondeling"))
                .post("/ondersteuningsplannen/{id}/akkoord", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("akkoord.vorm", is("mondeling"))
                .body("gewijzigdNaAkkoord", is(false));
        // the evaluation: the triage scores again, the goal improves; a change after agreement shows
        VerwijzingData.trieer(team, schuld, "financien", 3);
        Map<String, Object> inhoud = plan(doel, acties);
        inhoud.remove("huishoudenId");
        inhoud.remove("regisseur");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> doelen = new ArrayList<>((List<Map<String, Object>>) inhoud.get("doelen"));
        Map<String, Object> beter = new HashMap<>(doelen.get(0));
        beter.put("voortgang", "improving");
        doelen.set(0, beter);
        // the daughter is back at football: her goal is achieved
        Map<String, Object> bereikt = new HashMap<>(doelen.get(1));
        bereikt.put("id", opgesteld.getString("doelen[1].id"));
        bereikt.put("voortgang", "achieved");
        doelen.set(1, bereikt);
        inhoud.put("doelen", doelen);
        wijzig(id, "1", inhoud)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("doelen[0].voortgang", is("improving"))
                .body("doelen[0].id", is(doel))
                .body("gewijzigdNaAkkoord", is(true));
        Api.alsTeam(PROFESSIONAL, team)
                .get("/huishoudens/{id}", huishouden)
                .then()
                .statusCode(200)
                .body("leden[0].zrm[0].score", is(3))
                .body("ondersteuningsplanId", is(id));
        // a new coordinator, by the team lead, with the reason
        Api.alsTeam(TEAMLEIDER, team)
                .header("If-Match", "\"2\"")
                .body(Map.of("regisseur", regisseur("a.bakker", team), "reden", "Jolien met verlof"))
                .post("/ondersteuningsplannen/{id}/regisseurswissels", id)
                .then()
                .statusCode(200)
                .body("regisseur.medewerker", is("a.bakker"));
        JsonPath geschiedenis = Api.alsTeam(TEAMLEIDER, team)
                .get("/ondersteuningsplannen/{id}/geschiedenis", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(0, 1, 2, 3), geschiedenis.getList("versie"));
        assertEquals(List.of(false, false, true, false), geschiedenis.getList("naAkkoord"));
        assertTrue(geschiedenis.getString("wat[3]").contains("j.devries -> a.bakker: Jolien met verlof"));

        // each partner sees its own action only, while the resident's consent holds
        // the gemeente's systems read what happened to the plan in their plan stream, nothing more
        List<Map<String, Object>> planstroom = plangebeurtenissen("GM0505", id);
        assertEquals(
                List.of(
                        "nl.vraagwijzer.ondersteuningsplan.akkoord",
                        "nl.vraagwijzer.ondersteuningsplan.doel-bereikt",
                        "nl.vraagwijzer.ondersteuningsplan.regisseur-gewisseld"),
                planstroom.stream().map(e -> e.get("type")).toList());
        assertEquals(
                Map.of("doelId", opgesteld.getString("doelen[1].id")),
                planstroom.get(1).get("data"));
        assertTrue(((String) planstroom.get(0).get("dataref")).endsWith("/v1/ondersteuningsplannen/" + id));
        for (String persoonlijk : List.of("a.bakker", "j.devries", "Jolien", "Fatima", "voetbal", "financien")) {
            assertTrue(!planstroom.toString().contains(persoonlijk), persoonlijk + " in " + planstroom);
        }
        // the daily round: once the evaluation date has come it is announced, once
        LocalDate evaluatie = Vandaag.nl().plusMonths(3);
        evaluaties.meld(evaluatie.minusDays(1));
        assertEquals(3, plangebeurtenissen("GM0505", id).size(), "not before its date");
        evaluaties.meld(evaluatie);
        evaluaties.meld(evaluatie.plusDays(1));
        List<Map<String, Object>> metEvaluatie = plangebeurtenissen("GM0505", id);
        assertEquals(4, metEvaluatie.size(), metEvaluatie.toString());
        assertEquals(
                "nl.vraagwijzer.ondersteuningsplan.evaluatie-nodig",
                metEvaluatie.get(3).get("type"));
        assertEquals(
                Map.of("evaluatiedatum", evaluatie.toString()),
                metEvaluatie.get(3).get("data"));
        // announcing did not change the plan: its version and If-Match hold
        Api.alsTeam(PROFESSIONAL, team)
                .get("/ondersteuningsplannen/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"");
        // another gemeente's systems see none of it
        assertEquals(List.of(), plangebeurtenissen("GM0988", id));

        JsonPath nu = Api.alsTeam(PROFESSIONAL, team)
                .get("/ondersteuningsplannen/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        UUID partnerA = UUID.fromString(nu.getString("acties[3].organisatieId"));
        UUID partnerB = UUID.fromString(nu.getString("acties[4].organisatieId"));
        String actieA = nu.getString("acties[3].id");
        String actieB = nu.getString("acties[4].id");
        JsonPath vanA = partneracties(partnerA);
        assertEquals(List.of(actieA), vanA.getList("id"));
        assertEquals(List.of(id), vanA.getList("planId"));
        assertEquals(List.of(verwijzingA), vanA.getList("verwijzingId"));
        assertEquals(List.of("financien"), vanA.getList("leefgebied"));
        assertEquals(List.of("gepland"), vanA.getList("status"));
        // no goal, no name, no other action: the fields of a partner's action and nothing else
        assertEquals(
                new java.util.TreeSet<>(
                        List.of("id", "planId", "planversie", "verwijzingId", "leefgebied", "omschrijving", "status")),
                new java.util.TreeSet<>(vanA.getMap("[0]").keySet()));
        assertEquals(List.of(actieB), partneracties(partnerB).getList("id"));
        // the partner updates its own action's status under the plan's version; not a change after agreement
        statusVan(partnerA, actieA, "3", "bezig")
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("status", is("bezig"));
        isProblem(statusVan(partnerA, actieA, "3", "gedaan"), 412);
        isProblem(statusVan(partnerB, actieA, "4", "gedaan"), 404);
        Api.alsTeam(PROFESSIONAL, team)
                .get("/ondersteuningsplannen/{id}", id)
                .then()
                .statusCode(200)
                .body("acties[3].status", is("bezig"))
                .body("acties[4].status", is("gepland"))
                .body("gewijzigdNaAkkoord", is(true));
        assertTrue(Api.alsTeam(PROFESSIONAL, team)
                .get("/ondersteuningsplannen/{id}/geschiedenis", id)
                .then()
                .extract()
                .jsonPath()
                .getString("wat[4]")
                .contains("actie " + actieA + " van partner " + partnerA + ": gepland -> bezig"));
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie in ('planacties-lijst', 'planactie-status-wijzigen')"
                                + " and resultaat = 'toegestaan' and ?::uuid = any(inwoner_ids)",
                        moeder)
                >= 3);
        // the resident withdraws the consent for A's referral: A's action is gone at once, B's stays
        String toestemmingA = Beheerdatabase.kolom(
                        "select toestemming_id::text from verwijzing where id = ?::uuid", verwijzingA)
                .get(0);
        Api.als(BALIEMEDEWERKER)
                .post("/toestemmingen/{id}/intrekking", toestemmingA)
                .then()
                .statusCode(200);
        assertEquals(List.of(), partneracties(partnerA).getList("id"));
        isProblem(statusVan(partnerA, actieA, "4", "gedaan"), 404);
        assertEquals(List.of(actieB), partneracties(partnerB).getList("id"));
        // a partner without actions, and staff, see none of it
        assertEquals(
                List.of(),
                partneracties(nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie(
                                nl.vraagwijzer.support.SocialeKaartData.uniek("Zonder acties")))
                        .getList("id"));
        isProblem(Api.alsTeam(PROFESSIONAL, team).get("/partneracties").then(), 403);

        // another team, another gemeente: nothing
        isProblem(
                Api.alsTeam(PROFESSIONAL, jeugdteam)
                        .get("/ondersteuningsplannen/{id}", id)
                        .then(),
                404);
        isProblem(
                Api.namens(PROFESSIONAL, team, "GM0988")
                        .get("/ondersteuningsplannen/{id}", id)
                        .then(),
                404);
        isProblem(
                Api.als(BALIEMEDEWERKER).get("/ondersteuningsplannen/{id}", id).then(), 403);
        assertTrue(Beheerdatabase.tel(
                        "select count(*) from logboek where actie = 'ondersteuningsplan-lezen'"
                                + " and resultaat = 'geweigerd' and ?::uuid = any(inwoner_ids)",
                        dochter)
                >= 1);
        // one plan per household
        isProblem(stelOp(plan(UUID.randomUUID().toString(), List.of())), 409);
    }

    /** The events about plan {@code plan} in the plan stream of {@code gemeente}, read to the end. */
    private static List<Map<String, Object>> plangebeurtenissen(String gemeente, String plan) {
        List<Map<String, Object>> events = new ArrayList<>();
        long vanaf = 0;
        while (true) {
            JsonPath pagina = Api.alsGemeentesysteem("zaaksysteem-plannen", gemeente)
                    .accept("application/cloudevents-batch+json")
                    .queryParam("vanaf", vanaf)
                    .queryParam("pageSize", 100)
                    .get("/plangebeurtenissen")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = pagina.getList("$");
            items.stream().filter(e -> plan.equals(e.get("subject"))).forEach(events::add);
            if (items.size() < 100) {
                return events;
            }
            vanaf = Long.parseLong((String) items.get(items.size() - 1).get("sequence"));
        }
    }

    private static JsonPath partneracties(UUID partner) {
        return Api.alsOrganisatie(PARTNER, partner)
                .get("/partneracties")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse statusVan(UUID partner, String actie, String versie, String status) {
        return Api.alsOrganisatie(PARTNER, partner)
                .header("If-Match", "\"" + versie + "\"")
                .body(Map.of("status", status))
                .post("/partneracties/{id}/statuswijzigingen", actie)
                .then();
    }

    @Test
    void watHetPlanWeigertWordtNietVastgelegd() {
        String doel = UUID.randomUUID().toString();
        // a partner's action without a referral, or with another household's
        isProblem(stelOp(plan(doel, List.of(actie("partner", doel, null)))), 400)
                .body("detail", containsString("acties[0].verwijzingId"));
        UUID ander = maakInwoner();
        UUID andereVraag = maakHulpvraag(ander, team, "schuldhulp");
        String andereVerwijzing = VerwijzingData.verwijs(team, ander, andereVraag);
        isProblem(stelOp(plan(doel, List.of(actie("partner", doel, andereVerwijzing)))), 400)
                .body("detail", containsString("geen verwijzing van een hulpvraag van dit huishouden"));
        // an action of a goal the plan does not have
        isProblem(stelOp(plan(doel, List.of(actie("team", UUID.randomUUID().toString(), null)))), 400);
        // a target score outside 1-5, an unknown leefgebied, an evaluation in the past
        Map<String, Object> teHoog = plan(doel, List.of());
        teHoog.put("doelen", List.of(Map.of("leefgebied", "financien", "omschrijving", "x", "zrmDoel", 6)));
        isProblem(stelOp(teHoog), 400);
        Map<String, Object> onbekend = plan(doel, List.of());
        onbekend.put("doelen", List.of(Map.of("leefgebied", "geluk", "omschrijving", "x", "zrmDoel", 4)));
        isProblem(stelOp(onbekend), 400);
        Map<String, Object> verleden = plan(doel, List.of());
        verleden.put("evaluatiedata", List.of(Vandaag.nl().minusDays(1).toString()));
        isProblem(stelOp(verleden), 400).body("detail", containsString("evaluatiedata[0]"));
        // a coordinator of another team (or another gemeente's)
        Map<String, Object> anderTeam = plan(doel, List.of());
        anderTeam.put("regisseur", regisseur("x.y", "vraagwijzer-weert"));
        isProblem(stelOp(anderTeam), 400).body("detail", containsString("regisseur.team"));
        // the household and the resident at once; a resident who lives in a household
        Map<String, Object> beide = plan(doel, List.of());
        beide.put("inwonerId", moeder.toString());
        isProblem(stelOp(beide), 400);
        Map<String, Object> alleenInwoner = plan(doel, List.of());
        alleenInwoner.remove("huishoudenId");
        alleenInwoner.put("inwonerId", moeder.toString());
        isProblem(stelOp(alleenInwoner), 409);
        // a team without a question in the household does not find it
        isProblem(
                Api.alsTeam(PROFESSIONAL, uniekTeam())
                        .body(plan(doel, List.of()))
                        .post("/ondersteuningsplannen")
                        .then(),
                404);
        assertEquals(
                0,
                Beheerdatabase.tel(
                        "select count(*) from ondersteuningsplan where huishouden_id = ?::uuid", huishouden));
        // a stale If-Match changes nothing
        String id = stelOp(plan(doel, List.of())).statusCode(201).extract().path("id");
        Map<String, Object> inhoud = plan(doel, List.of(actie("team", doel, null)));
        inhoud.remove("huishoudenId");
        inhoud.remove("regisseur");
        isProblem(wijzig(id, "5", inhoud), 412);
        isProblem(
                Api.alsTeam(PROFESSIONAL, team)
                        .body(inhoud)
                        .put("/ondersteuningsplannen/{id}", id)
                        .then(),
                428);
        assertEquals(1, Beheerdatabase.tel("select count(*) from planwijziging where plan_id = ?::uuid", id));
        // a resident without a household has a plan of their own
        UUID alleen = maakInwoner();
        maakHulpvraag(alleen, team, "participatie");
        Map<String, Object> eigen = plan(doel, List.of());
        eigen.remove("huishoudenId");
        eigen.put("inwonerId", alleen.toString());
        eigen.put("doelen", List.of(Map.of("leefgebied", "financien", "omschrijving", "Werk vinden", "zrmDoel", 4)));
        stelOp(eigen).statusCode(201).body("inwonerId", is(alleen.toString()));
    }

    @Test
    void watDeTeamleiderZiet() {
        // a household of the team without a plan has no coordinator yet
        List<String> zonder = Api.alsTeam(TEAMLEIDER, team)
                .queryParam("zonderRegisseur", true)
                .get("/huishoudens")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        assertEquals(List.of(huishouden), zonder);
        isProblem(
                Api.als(BALIEMEDEWERKER)
                        .queryParam("zonderRegisseur", true)
                        .get("/huishoudens")
                        .then(),
                403);
        isProblem(Api.alsTeam(TEAMLEIDER, team).get("/huishoudens").then(), 400);

        // twelve goals on finances, seven reached; one on the social network
        List<Map<String, Object>> doelen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            doelen.add(Map.of(
                    "leefgebied",
                    "financien",
                    "omschrijving",
                    "Doel " + i,
                    "zrmDoel",
                    4,
                    "voortgang",
                    i < 5 ? "achieved" : i < 7 ? "sustaining" : "in-progress"));
        }
        doelen.add(Map.of("leefgebied", "sociaal-netwerk", "omschrijving", "Sport", "zrmDoel", 3));
        Map<String, Object> plan = plan(UUID.randomUUID().toString(), List.of());
        plan.put("doelen", doelen);
        String id = stelOp(plan).statusCode(201).extract().path("id");
        Api.alsTeam(TEAMLEIDER, team)
                .queryParam("zonderRegisseur", true)
                .get("/huishoudens")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.empty());

        JsonPath cijfers = Api.alsTeam(TEAMLEIDER, team)
                .get("/rapportages/plandoelen")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("financien", "sociaal-netwerk"), cijfers.getList("leefgebied"));
        assertEquals(12, cijfers.getInt("[0].doelen"));
        assertEquals(7, cijfers.getInt("[0].bereikt"));
        assertEquals(58.33, cijfers.getDouble("[0].aandeelBereikt"), 0.001);
        assertEquals(true, cijfers.getBoolean("[1].onderdrukt"));
        assertNull(cijfers.get("[1].doelen"));
        Api.als(nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE)
                .queryParam("team", team)
                .get("/rapportages/plandoelen")
                .then()
                .statusCode(200)
                .body("[0].doelen", is(12));
        isProblem(Api.alsTeam(PROFESSIONAL, team).get("/rapportages/plandoelen").then(), 403);

        // an evaluation date passed without a change since: overdue, until the plan is revised
        String gisteren = Vandaag.nl().minusDays(1).toString();
        try (java.sql.Connection verbinding = Beheerdatabase.verbinding();
                java.sql.PreparedStatement zet = verbinding.prepareStatement(
                        "update ondersteuningsplan set inhoud = jsonb_set(inhoud, '{evaluatiedata}', ?::jsonb),"
                                + " gewijzigd_op = now() - interval '10 days' where id = ?::uuid")) {
            zet.setString(1, "[\"" + gisteren + "\"]");
            zet.setString(2, id);
            assertEquals(1, zet.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Api.alsTeam(TEAMLEIDER, team)
                .queryParam("evaluatieVerlopen", true)
                .get("/ondersteuningsplannen")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("[0].id", is(id));
        Map<String, Object> herzien = new HashMap<>();
        herzien.put("doelen", doelen);
        herzien.put("acties", List.of());
        herzien.put(
                "evaluatiedata", List.of(gisteren, Vandaag.nl().plusMonths(3).toString()));
        wijzig(id, "0", herzien).statusCode(200);
        Api.alsTeam(TEAMLEIDER, team)
                .queryParam("evaluatieVerlopen", true)
                .get("/ondersteuningsplannen")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0");
        Api.alsTeam(PROFESSIONAL, team)
                .get("/ondersteuningsplannen")
                .then()
                .statusCode(200)
                .body("id", is(List.of(id)));
        Api.alsTeam(PROFESSIONAL, jeugdteam)
                .get("/ondersteuningsplannen")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.empty());
    }
}
