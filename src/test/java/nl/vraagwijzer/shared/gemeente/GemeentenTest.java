package nl.vraagwijzer.shared.gemeente;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import nl.vraagwijzer.support.SocialeKaartData;
import nl.vraagwijzer.support.Vandaag;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Several gemeenten on one deployment (ADR 0013): a case of Weert is invisible to Dordrecht through
 * every operation, though both teams carry the same team code, so that only the gemeente separates
 * them; a partner serving both sees its referrals of each, with its gemeente; pushes land in the
 * gemeente they name or the resident's postcode lies in; the directory serves per gemeente and wijk.
 */
@QuarkusTest
class GemeentenTest {

    static final String DORDRECHT = "GM0505";
    static final String WEERT = "GM0988";
    static final String LEUDAL = "GM1640";
    static final String NEDERWEERT = "GM0946";
    /** The same team code in both gemeenten: what separates their work is the gemeente alone. */
    static final String TEAM = "gedeeld-team";

    record Zaak(
            String bsn,
            String inwoner,
            String hulpvraag,
            String triage,
            String toestemming,
            String verwijzing,
            UUID organisatie,
            String dienst) {}

    private static Zaak weertseZaak;

    static RequestSpecification weert(String rol) {
        return Api.namens(rol, TEAM, WEERT);
    }

    static RequestSpecification dordrecht(String rol) {
        return Api.namens(rol, TEAM, DORDRECHT);
    }

    static Map<String, Object> inwonerMetPostcode(String bsn, String postcode, String plaats) {
        Map<String, Object> inwoner = VoordeurData.inwoner(bsn);
        inwoner.put("adres", Map.of("straat", "Markt", "huisnummer", 7, "postcode", postcode, "plaats", plaats));
        return inwoner;
    }

    /** An organisation of the directory serving {@code gemeenten}. @return its id */
    static String organisatie(String... gemeenten) {
        Map<String, Object> organisatie = new HashMap<>(SocialeKaartData.organisatie(uniek("Maatschappelijk Werk")));
        organisatie.put("gemeenten", List.of(gemeenten));
        return Api.als(BEHEERDER)
                .body(organisatie)
                .post("/organisaties")
                .then()
                .statusCode(201)
                .body("gemeenten", hasItems(gemeenten))
                .extract()
                .path("id");
    }

    /** A service of the organisation; without gemeenten it serves the organisation's. @return its id */
    static String dienst(String organisatie, String leefgebied, List<String> gemeenten, List<String> wijken) {
        Map<String, Object> dienst = new HashMap<>(SocialeKaartData.dienst(
                UUID.fromString(organisatie), uniek("Dienst " + wijken), List.of(leefgebied), wijken));
        if (!gemeenten.isEmpty()) {
            dienst.put("gemeenten", gemeenten);
        }
        return Api.als(BEHEERDER)
                .body(dienst)
                .post("/diensten")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An organisation with one financial service, both serving {@code gemeenten} as a whole. */
    static Map<String, Object> partnerVoor(String... gemeenten) {
        String organisatie = organisatie(gemeenten);
        String dienst = dienst(organisatie, "financien", List.of(), List.of());
        Api.als(BEHEERDER)
                .get("/diensten/{id}", dienst)
                .then()
                // a service that names no gemeenten serves those of its organisation
                .body("gemeenten", hasItems(gemeenten));
        return Map.of("organisatie", organisatie, "dienst", dienst);
    }

    /** A resident registered by the desk of {@code gemeente}. @return its id */
    static String inwoner(String gemeente, String bsn, String postcode) {
        return Api.namens(BALIEMEDEWERKER, TEAM, gemeente)
                .body(inwonerMetPostcode(bsn, postcode, "Midden-Limburg"))
                .post("/inwoners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A question of the resident for the team. @return its id */
    static String hulpvraag(String gemeente, String inwoner) {
        return Api.namens(BALIEMEDEWERKER, TEAM, gemeente)
                .body(VoordeurData.hulpvraag(UUID.fromString(inwoner), TEAM, "schuldhulp"))
                .post("/hulpvragen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String csv(RequestSpecification als) {
        return als.accept("text/csv")
                .get("/hulpvragen")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    static Map<String, Object> triage(String leefgebied, int score, String uitkomst) {
        return Map.of("zrmScores", List.of(Map.of("leefgebied", leefgebied, "score", score)), "uitkomst", uitkomst);
    }

    /** Registers a resident with a question, a triage, consent and a referral in one gemeente. */
    static Zaak zaak(String gemeente, String postcode, String bsn, Map<String, Object> partner) {
        String inwoner = inwoner(gemeente, bsn, postcode);
        String hulpvraag = hulpvraag(gemeente, inwoner);
        Api.namens(PROFESSIONAL, TEAM, gemeente)
                .body(triage("financien", 2, "verwijzen"))
                .post("/hulpvragen/{id}/triages", hulpvraag)
                .then()
                .statusCode(201);
        String triageId = Api.namens(PROFESSIONAL, TEAM, gemeente)
                .body(triage("financien", 4, "verwijzen"))
                .post("/hulpvragen/{id}/triages", hulpvraag)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String organisatie = (String) partner.get("organisatie");
        String toestemming = Api.namens(PROFESSIONAL, TEAM, gemeente)
                .body(Map.of(
                        "inwonerId",
                        inwoner,
                        "organisatieId",
                        organisatie,
                        "doel",
                        "Verwijzing naar budgetcoaching",
                        "datum",
                        Vandaag.nl().toString(),
                        "vorm",
                        "mondeling"))
                .post("/toestemmingen")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String verwijzing = Api.namens(PROFESSIONAL, TEAM, gemeente)
                .body(Map.of(
                        "hulpvraagId",
                        hulpvraag,
                        "dienstId",
                        partner.get("dienst"),
                        "reden",
                        "Schulden bij de verhuurder",
                        "toestemmingId",
                        toestemming))
                .post("/verwijzingen")
                .then()
                .statusCode(201)
                .body("gemeente", is(gemeente))
                .extract()
                .path("id");
        return new Zaak(
                bsn, inwoner, hulpvraag, triageId, toestemming, verwijzing, UUID.fromString(organisatie), (String)
                        partner.get("dienst"));
    }

    static synchronized Zaak weertseZaak() {
        if (weertseZaak == null) {
            weertseZaak = zaak(WEERT, "6001 AB", nieuwBsn(), partnerVoor(WEERT, LEUDAL, DORDRECHT));
        }
        return weertseZaak;
    }

    @Nested
    class GeenOperatieLektTussenGemeenten {

        /** Every read of an object of the case: the role that may, the path, its ids. */
        record Lezen(String rol, String pad, Object... ids) {}

        List<Lezen> lezingen(Zaak zaak) {
            return List.of(
                    new Lezen(BALIEMEDEWERKER, "/inwoners/{id}", zaak.inwoner()),
                    new Lezen(PROFESSIONAL, "/inwoners/{id}/tijdlijn", zaak.inwoner()),
                    new Lezen(PRIVACYFUNCTIONARIS, "/inwoners/{id}/inzageverzoek", zaak.inwoner()),
                    new Lezen(PROFESSIONAL, "/hulpvragen/{id}", zaak.hulpvraag()),
                    new Lezen(PROFESSIONAL, "/hulpvragen/{id}/triages", zaak.hulpvraag()),
                    new Lezen(PROFESSIONAL, "/hulpvragen/{id}/triages/{t}", zaak.hulpvraag(), zaak.triage()),
                    new Lezen(PROFESSIONAL, "/toestemmingen/{id}", zaak.toestemming()),
                    new Lezen(PROFESSIONAL, "/verwijzingen/{id}", zaak.verwijzing()));
        }

        @Test
        void weertLeestDeEigenZaakDordrechtKrijgt404AlsOfZeNietBestaat() {
            Zaak zaak = weertseZaak();
            for (Lezen lezen : lezingen(zaak)) {
                weert(lezen.rol()).get(lezen.pad(), lezen.ids()).then().statusCode(200);
                isProblem(dordrecht(lezen.rol()).get(lezen.pad(), lezen.ids()).then(), 404);
            }
        }

        @Test
        void wijzigenGeeft404EnSchrijftNiets() {
            Zaak zaak = weertseZaak();
            long voor = Beheerdatabase.tel(
                    "select count(*) from statuswijziging where hulpvraag_id = ?::uuid", zaak.hulpvraag());
            isProblem(
                    dordrecht(BALIEMEDEWERKER)
                            .header("If-Match", "\"0\"")
                            .body(inwonerMetPostcode(zaak.bsn(), "3317 AB", "Dordrecht"))
                            .put("/inwoners/{id}", zaak.inwoner())
                            .then(),
                    404);
            isProblem(
                    dordrecht(PROFESSIONAL)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("status", "in-behandeling"))
                            .post("/hulpvragen/{id}/statuswijzigingen", zaak.hulpvraag())
                            .then(),
                    404);
            isProblem(
                    dordrecht(PROFESSIONAL)
                            .body(Map.of("datum", Vandaag.nl().toString(), "kanaal", "telefoon", "verslag", "Gebeld"))
                            .post("/hulpvragen/{id}/contactmomenten", zaak.hulpvraag())
                            .then(),
                    404);
            isProblem(
                    dordrecht(PROFESSIONAL)
                            .body(Map.of(
                                    "zrmScores",
                                    List.of(Map.of("leefgebied", "financien", "score", 1)),
                                    "uitkomst",
                                    "zelf-oplossen"))
                            .post("/hulpvragen/{id}/triages", zaak.hulpvraag())
                            .then(),
                    404);
            isProblem(
                    dordrecht(PROFESSIONAL)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("status", "ingetrokken", "reden", "Niet meer nodig"))
                            .post("/verwijzingen/{id}/statuswijzigingen", zaak.verwijzing())
                            .then(),
                    404);
            isProblem(
                    dordrecht(PROFESSIONAL)
                            .post("/toestemmingen/{id}/intrekking", zaak.toestemming())
                            .then(),
                    404);
            // an id of another gemeente in a body is as unknown as any other
            isProblem(
                    dordrecht(BALIEMEDEWERKER)
                            .body(VoordeurData.hulpvraag(UUID.fromString(zaak.inwoner()), TEAM, "schuldhulp"))
                            .post("/hulpvragen")
                            .then(),
                    400);
            assertEquals(
                    voor,
                    Beheerdatabase.tel(
                            "select count(*) from statuswijziging where hulpvraag_id = ?::uuid", zaak.hulpvraag()));
            assertEquals(
                    List.of(WEERT),
                    Beheerdatabase.kolom("select gemeente from inwoner where id = ?::uuid", zaak.inwoner()));
        }

        @Test
        void lijstenExportsEnZoekenTonenHetNiet() {
            Zaak zaak = weertseZaak();
            dordrecht(TEAMLEIDER)
                    .queryParam("pageSize", 100)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .body("id", not(hasItem(zaak.hulpvraag())));
            weert(TEAMLEIDER)
                    .queryParam("pageSize", 100)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(zaak.hulpvraag()));
            assertEquals(false, csv(dordrecht(TEAMLEIDER)).contains(zaak.hulpvraag()));
            assertEquals(true, csv(weert(TEAMLEIDER)).contains(zaak.hulpvraag()));
            dordrecht(BALIEMEDEWERKER)
                    .body(Map.of("bsn", zaak.bsn()))
                    .post("/inwoners/_zoek")
                    .then()
                    .statusCode(200)
                    .body("$", empty());
            dordrecht(PROFESSIONAL)
                    .queryParam("pageSize", 100)
                    .get("/verwijzingen")
                    .then()
                    .statusCode(200)
                    .body("id", not(hasItem(zaak.verwijzing())));
            weert(PROFESSIONAL)
                    .queryParam("pageSize", 100)
                    .get("/verwijzingen")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(zaak.verwijzing()))
                    .body("gemeente", everyItem(is(WEERT)));
        }

        @Test
        void hetLogboekIsPerGemeenteEnToontDeWeigering() {
            Zaak zaak = weertseZaak();
            isProblem(
                    dordrecht(BALIEMEDEWERKER)
                            .get("/inwoners/{id}", zaak.inwoner())
                            .then(),
                    404);
            dordrecht(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", zaak.inwoner())
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .body("$", empty());
            // Weert's privacy officer sees the refused attempt, who made it and for which gemeente
            weert(PRIVACYFUNCTIONARIS)
                    .queryParam("inwonerId", zaak.inwoner())
                    .queryParam("actie", "inwoner-andere-gemeente")
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .body("resultaat", hasItem("geweigerd"))
                    .body("toelichting", hasItem(containsString(DORDRECHT)));
        }

        @Test
        void rapportagesZijnPerGemeenteEnRegionaalAlleenVoorWieAllesMag() {
            Zaak zaak = weertseZaak();
            weert(RAPPORTAGE)
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.team == '" + TEAM + "' }.gemeente", hasItem(WEERT));
            dordrecht(RAPPORTAGE)
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .statusCode(200)
                    .body("gemeente", everyItem(is(DORDRECHT)));
            Api.namens(RAPPORTAGE, null, DORDRECHT, WEERT)
                    .header("X-Gemeente", DORDRECHT)
                    .queryParam("gemeenten", DORDRECHT)
                    .queryParam("gemeenten", WEERT)
                    .get("/rapportages/zelfredzaamheid")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.team == '" + TEAM + "' }.gemeente", hasItem(WEERT));
            isProblem(
                    weert(RAPPORTAGE)
                            .queryParam("gemeenten", DORDRECHT)
                            .queryParam("gemeenten", WEERT)
                            .get("/rapportages/zelfredzaamheid")
                            .then(),
                    403);
        }
    }

    @Nested
    class DeGemeenteVanHetVerzoek {

        @Test
        void gemeentenEnTeamsVanDeAanroeper() {
            weert(PROFESSIONAL)
                    .get("/gemeenten")
                    .then()
                    .statusCode(200)
                    .body("code", is(List.of(WEERT)))
                    .body("[0].naam", is("Weert"))
                    .body("[0].wijken.naam", hasItem("Centrum-Biest"));
            Api.namens(PROFESSIONAL, null, LEUDAL, WEERT)
                    .get("/gemeenten")
                    .then()
                    .statusCode(200)
                    .body("code", is(List.of(WEERT, LEUDAL)));
            Api.alsOrganisatie(PARTNER, UUID.randomUUID())
                    .get("/gemeenten")
                    .then()
                    .statusCode(200)
                    .body("code", hasItems(DORDRECHT, WEERT, LEUDAL, NEDERWEERT));
            // a token without the claim acts for the default gemeente
            Api.als(BALIEMEDEWERKER).get("/gemeenten").then().statusCode(200).body("code", is(List.of(DORDRECHT)));
            Api.namens(TEAMLEIDER, null, LEUDAL, WEERT)
                    .header("X-Gemeente", LEUDAL)
                    .get("/teams")
                    .then()
                    .statusCode(200)
                    .body("code", is(List.of("leudal-oost", "leudal-west")))
                    .body("find { it.code == 'leudal-west' }.wijken", is(List.of("Haelen", "Horn")))
                    .body("gemeente", everyItem(is(LEUDAL)));
        }

        @Test
        void eenGemeenteDieHetTokenNietGeeftOfDieOnbekendIs() {
            isProblem(
                            weert(PROFESSIONAL)
                                    .header("X-Gemeente", LEUDAL)
                                    .get("/hulpvragen")
                                    .then(),
                            403)
                    .body("detail", containsString(LEUDAL));
            isProblem(
                            weert(PROFESSIONAL)
                                    .header("X-Gemeente", "GM9999")
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("onbekend"));
            isProblem(
                            Api.namens(PROFESSIONAL, TEAM, LEUDAL, WEERT)
                                    .get("/hulpvragen")
                                    .then(),
                            400)
                    .body("detail", containsString("X-Gemeente"));
            // the shared directory needs no gemeente
            Api.namens(PROFESSIONAL, TEAM, LEUDAL, WEERT)
                    .get("/organisaties")
                    .then()
                    .statusCode(200);
            isProblem(
                            Api.namens(PROFESSIONAL, TEAM, "GM9999")
                                    .get("/hulpvragen")
                                    .then(),
                            403)
                    .body("detail", containsString("GM9999"));
            // nothing is written under a refused gemeente
            String bsn = nieuwBsn();
            isProblem(
                    weert(BALIEMEDEWERKER)
                            .header("X-Gemeente", LEUDAL)
                            .body(inwonerMetPostcode(bsn, "6081 AA", "Haelen"))
                            .post("/inwoners")
                            .then(),
                    403);
            assertEquals(0, Beheerdatabase.tel("select count(*) from inwoner where bsn = ?", bsn));
        }

        @Test
        void eenMedewerkerMetTweeGemeentenHandeltVoorDeGekozen() {
            String bsn = nieuwBsn();
            String inwoner = Api.namens(BALIEMEDEWERKER, TEAM, LEUDAL, WEERT)
                    .header("X-Gemeente", LEUDAL)
                    .body(inwonerMetPostcode(bsn, "6081 AA", "Haelen"))
                    .post("/inwoners")
                    .then()
                    .statusCode(201)
                    .body("wijk", is("Haelen"))
                    .extract()
                    .path("id");
            assertEquals(
                    List.of(LEUDAL), Beheerdatabase.kolom("select gemeente from inwoner where id = ?::uuid", inwoner));
            Api.namens(BALIEMEDEWERKER, TEAM, LEUDAL, WEERT)
                    .header("X-Gemeente", WEERT)
                    .get("/inwoners/{id}", inwoner)
                    .then()
                    .statusCode(404);
        }
    }

    @Nested
    class Partners {

        @Test
        void eenPartnerVanTweeGemeentenZietPreciesZijnVerwijzingenUitBeide() {
            Map<String, Object> partner = partnerVoor(WEERT, LEUDAL);
            Zaak inWeert = zaak(WEERT, "6002 AB", nieuwBsn(), partner);
            Zaak inLeudal = zaak(LEUDAL, "6093 AB", nieuwBsn(), partner);
            UUID organisatie = inWeert.organisatie();
            Api.alsOrganisatie(PARTNER, organisatie)
                    .queryParam("pageSize", 100)
                    .get("/verwijzingen")
                    .then()
                    .statusCode(200)
                    .body("id", is(List.of(inLeudal.verwijzing(), inWeert.verwijzing())))
                    .body("gemeente", is(List.of(LEUDAL, WEERT)));
            Api.alsOrganisatie(PARTNER, organisatie)
                    .queryParam("gemeente", LEUDAL)
                    .get("/verwijzingen")
                    .then()
                    .statusCode(200)
                    .body("id", is(List.of(inLeudal.verwijzing())));
            // the partner's update is written in the referring gemeente: its event, its log entry
            String versie = Api.alsOrganisatie(PARTNER, organisatie)
                    .get("/verwijzingen/{id}", inLeudal.verwijzing())
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            Api.alsOrganisatie(PARTNER, organisatie)
                    .header("If-Match", versie)
                    .body(Map.of("status", "geaccepteerd"))
                    .post("/verwijzingen/{id}/statuswijzigingen", inLeudal.verwijzing())
                    .then()
                    .statusCode(200);
            assertEquals(
                    List.of(LEUDAL),
                    Beheerdatabase.kolom(
                            "select distinct gemeente from gebeurtenis where verwijzing_id = ?::uuid",
                            inLeudal.verwijzing()));
            assertEquals(
                    true,
                    organisatiesInLogboek(LEUDAL, inLeudal.inwoner(), "verwijzing-status-wijzigen")
                            .contains(organisatie.toString()));
            // the list's access entries land in each gemeente's own log
            assertEquals(
                    true,
                    organisatiesInLogboek(WEERT, inWeert.inwoner(), "verwijzingen-zoeken")
                            .contains(organisatie.toString()));
        }

        private List<String> organisatiesInLogboek(String gemeente, String inwoner, String actie) {
            return Api.namens(PRIVACYFUNCTIONARIS, null, gemeente)
                    .queryParam("inwonerId", inwoner)
                    .queryParam("actie", actie)
                    .get("/logboek")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("organisatieId");
        }

        @Test
        void eenPushLandtInDeGenoemdeGemeenteOfDieVanDePostcode() {
            Map<String, Object> partner = partnerVoor(WEERT, LEUDAL);
            UUID organisatie = UUID.fromString((String) partner.get("organisatie"));
            String omschrijving = uniek("Eenzaam sinds verhuizing");
            String naarWeert = Api.alsOrganisatie(PARTNER, organisatie)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of(
                            "inwoner",
                            VoordeurData.inwoner(nieuwBsn()),
                            "omschrijving",
                            omschrijving,
                            "leefgebieden",
                            List.of("sociaal-netwerk"),
                            "gemeente",
                            WEERT))
                    .post("/aanmeldingen")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Api.namens(BALIEMEDEWERKER, "vraagwijzer-weert", WEERT)
                    .get("/hulpvragen/{id}", naarWeert)
                    .then()
                    .statusCode(200)
                    .body("team", is("vraagwijzer-weert"));
            isProblem(
                    Api.als(BALIEMEDEWERKER).get("/hulpvragen/{id}", naarWeert).then(), 404);
            String uitPostcode = Api.alsOrganisatie(PARTNER, organisatie)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of(
                            "inwoner",
                            inwonerMetPostcode(nieuwBsn(), "6093 AB", "Heythuysen"),
                            "soort",
                            "huur",
                            "bedrag",
                            812.5,
                            "sinds",
                            Vandaag.nl().minusMonths(2).toString()))
                    .post("/signalen")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            // a signal goes to the outreach of the postcode's gemeente, with its intake team
            assertEquals(
                    List.of(LEUDAL + " leudal-west"),
                    Beheerdatabase.kolom(
                            "select z.gemeente || ' ' || z.team from vroegsignaal s"
                                    + " join vroegsignaalzaak z on z.id = s.zaak_id where s.id = ?::uuid",
                            uitPostcode));
        }

        @Test
        void eenPushVoorEenGemeenteDieDePartnerNietBedientSchrijftNiets() {
            UUID organisatie = UUID.fromString((String) partnerVoor(WEERT).get("organisatie"));
            for (Map.Entry<String, String> geval : Map.of(
                            LEUDAL, "bedient gemeente " + LEUDAL + " niet", "GM9999", "onbekend")
                    .entrySet()) {
                String bsn = nieuwBsn();
                isProblem(
                                Api.alsOrganisatie(PARTNER, organisatie)
                                        .header(
                                                "Idempotency-Key",
                                                UUID.randomUUID().toString())
                                        .body(Map.of(
                                                "inwoner", VoordeurData.inwoner(bsn),
                                                "omschrijving", "Zorgen om de buurvrouw",
                                                "leefgebieden", List.of("sociaal-netwerk"),
                                                "gemeente", geval.getKey()))
                                        .post("/aanmeldingen")
                                        .then(),
                                400)
                        .body("detail", containsString(geval.getValue()));
                assertEquals(0, Beheerdatabase.tel("select count(*) from inwoner where bsn = ?", bsn));
            }
            // a resident outside every gemeente, no gemeente named: the partner's only gemeente
            String buiten = nieuwBsn();
            Api.alsOrganisatie(PARTNER, organisatie)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(buitenDeRegio(buiten))
                    .post("/aanmeldingen")
                    .then()
                    .statusCode(201);
            assertEquals(List.of(WEERT), Beheerdatabase.kolom("select gemeente from inwoner where bsn = ?", buiten));
            // a partner of two gemeenten must say which
            UUID vanTwee = UUID.fromString((String) partnerVoor(WEERT, LEUDAL).get("organisatie"));
            String onbepaald = nieuwBsn();
            isProblem(
                            Api.alsOrganisatie(PARTNER, vanTwee)
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .body(buitenDeRegio(onbepaald))
                                    .post("/aanmeldingen")
                                    .then(),
                            400)
                    .body("detail", containsString("noem de gemeente"));
            assertEquals(0, Beheerdatabase.tel("select count(*) from inwoner where bsn = ?", onbepaald));
        }

        private static Map<String, Object> buitenDeRegio(String bsn) {
            return Map.of(
                    "inwoner", inwonerMetPostcode(bsn, "9999 ZZ", "Ergens"),
                    "omschrijving", "Zorgen om de buurvrouw",
                    "leefgebieden", List.of("sociaal-netwerk"));
        }

        @Test
        void toestemmingGeldtPerGemeente() {
            Map<String, Object> partner = partnerVoor(WEERT, LEUDAL);
            String bsn = nieuwBsn();
            Zaak inWeert = zaak(WEERT, "6001 CD", bsn, partner);
            // the same person is a resident of Leudal too, without consent there
            String hulpvraag = hulpvraag(LEUDAL, inwoner(LEUDAL, bsn, "6081 CD"));
            long voor = Beheerdatabase.tel("select count(*) from verwijzing where hulpvraag_id = ?::uuid", hulpvraag);
            int status = Api.namens(PROFESSIONAL, TEAM, LEUDAL)
                    .body(Map.of(
                            "hulpvraagId",
                            hulpvraag,
                            "dienstId",
                            partner.get("dienst"),
                            "reden",
                            "Schulden",
                            "toestemmingId",
                            inWeert.toestemming()))
                    .post("/verwijzingen")
                    .then()
                    .extract()
                    .statusCode();
            assertEquals(true, status == 400 || status == 404, "consent of Weert refused in Leudal, got " + status);
            assertEquals(
                    voor,
                    Beheerdatabase.tel("select count(*) from verwijzing where hulpvraag_id = ?::uuid", hulpvraag));
        }
    }

    @Nested
    class SocialeKaart {

        @Test
        void eenWijkVanEenAndereGemeenteOfEenGemeenteDieDeOrganisatieNietBedient() {
            UUID organisatie = UUID.fromString(organisatie(WEERT));
            long voor = Beheerdatabase.tel("select count(*) from dienst");
            Map<String, String> gevallen = Map.of(
                    "wijken", "Wielwijk",
                    "gemeenten", LEUDAL,
                    "onbekend", "GM9999");
            for (Map.Entry<String, String> geval : gevallen.entrySet()) {
                Map<String, Object> dienst = new HashMap<>(SocialeKaartData.dienst(
                        organisatie, uniek("Thuisadministratie"), List.of("financien"), List.of()));
                if (geval.getKey().equals("wijken")) {
                    dienst.put("gemeenten", List.of(WEERT));
                    dienst.put("wijken", List.of(geval.getValue()));
                } else {
                    dienst.put("gemeenten", List.of(geval.getValue()));
                }
                isProblem(Api.als(BEHEERDER).body(dienst).post("/diensten").then(), 400)
                        .body("detail", containsString(geval.getValue()));
            }
            assertEquals(voor, Beheerdatabase.tel("select count(*) from dienst"));
        }

        @Test
        void matchingSteltAlleenDienstenVanDeGemeenteEnWijkVoor() {
            String id = organisatie(WEERT, DORDRECHT);
            String inCentrum = dienst(id, "middelengebruik", List.of(WEERT), List.of("Centrum-Biest"));
            String inWeert = dienst(id, "middelengebruik", List.of(WEERT), List.of());
            String inLeuken = dienst(id, "middelengebruik", List.of(WEERT), List.of("Leuken"));
            String inDordrecht = dienst(id, "middelengebruik", List.of(DORDRECHT), List.of());
            Api.als(PROFESSIONAL)
                    .queryParam("gemeente", WEERT)
                    .queryParam("wijk", "Centrum-Biest")
                    .queryParam("leefgebied", "middelengebruik")
                    .queryParam("pageSize", 100)
                    .get("/diensten")
                    .then()
                    .statusCode(200)
                    .body("id", hasItems(inCentrum, inWeert))
                    .body("id", not(hasItem(inLeuken)))
                    .body("id", not(hasItem(inDordrecht)));
            String vraag = hulpvraag(WEERT, inwoner(WEERT, nieuwBsn(), "6001 EF"));
            weert(PROFESSIONAL)
                    .body(triage("middelengebruik", 1, "verwijzen"))
                    .post("/hulpvragen/{id}/triages", vraag)
                    .then()
                    .statusCode(201)
                    .body("advies[0].diensten[0].id", is(inCentrum))
                    .body("advies[0].diensten.id", hasItem(inWeert))
                    .body("advies[0].diensten.id", not(hasItem(inLeuken)))
                    .body("advies[0].diensten.id", not(hasItem(inDordrecht)));
        }
    }
}
