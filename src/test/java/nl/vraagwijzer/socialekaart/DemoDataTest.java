package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.MetDemoData;
import org.junit.jupiter.api.Test;

/** The dev-mode demo data applies cleanly on top of the migrations and serves the directory. */
@QuarkusTest
@TestProfile(MetDemoData.class)
class DemoDataTest {

    static final String MEE_DRECHTSTEDEN = "00000000-0000-4000-8000-000000000001";

    @Test
    void bevatDePartnersUitDeBronartikelen() {
        Api.als(PROFESSIONAL)
                .queryParam("pageSize", 100)
                .get("/organisaties")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "21")
                .body("naam", hasItems("MEE Drechtsteden", "Vivenz", "Woonbron", "MET GGZ", "CZ"));
        Api.als(PROFESSIONAL).get("/organisaties/{id}", MEE_DRECHTSTEDEN).then().body("naam", is("MEE Drechtsteden"));
    }

    @Test
    void schuldhulpInWielwijk() {
        Api.als(PROFESSIONAL)
                .queryParam("leefgebied", "financien")
                .queryParam("wijk", "Wielwijk")
                .get("/diensten")
                .then()
                .statusCode(200)
                .body(
                        "naam",
                        containsInAnyOrder(
                                "Betalingsregeling zorgpremie",
                                "Huurschuldpreventie",
                                "Maatschappelijk werk",
                                "Schuldhulpverlening",
                                "Thuisadministratie Wielwijk"));
    }

    /** The social map of the demo region: collective provisions in its wijken, found by postcode. */
    @Test
    void collectieveVoorzieningenInDeDemowijken() {
        Api.als(PROFESSIONAL)
                .queryParam("collectief", true)
                .queryParam("pageSize", 100)
                .get("/diensten")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "9")
                .body(
                        "collectief.soort",
                        hasItems("inloop", "buurthuisactiviteit", "vrijwilligersinitiatief", "lotgenotengroep"));
        // a resident of Wielwijk (3317) asking about debts: the wijk's volunteers first
        Api.als(PROFESSIONAL)
                .queryParam("q", "schulden")
                .queryParam("postcode", "3317 AB")
                .get("/diensten")
                .then()
                .statusCode(200)
                .body("[0].naam", is("Thuisadministratie Wielwijk"))
                .body("naam", hasItems("Schuldhulpverlening"));
    }

    /** The demo region a newcomer walks through: every gemeente has residents in every status. */
    @Test
    void deDemoregioHeeftPerGemeenteZakenInElkeStatus() {
        for (String[] gemeente : new String[][] {
            {"GM0505", "dordrecht-west"},
            {"GM0988", "vraagwijzer-weert"},
            {"GM1640", "leudal-west"},
            {"GM0946", "wijkteam-nederweert"}
        }) {
            Api.namens(nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER, gemeente[1], gemeente[0])
                    .queryParam("pageSize", 100)
                    .get("/hulpvragen")
                    .then()
                    .statusCode(200)
                    .body("status", hasItems("nieuw", "in-behandeling", "verwezen", "afgesloten"));
        }
        // Algemeen Maatschappelijk Werk Midden-Limburg serves Weert and Leudal: referrals of both
        Api.alsOrganisatie(
                        nl.vraagwijzer.shared.security.Rollen.PARTNER,
                        java.util.UUID.fromString("00000000-0000-4000-8000-000000000017"))
                .queryParam("pageSize", 100)
                .get("/verwijzingen")
                .then()
                .statusCode(200)
                .body("gemeente", hasItems("GM0988", "GM1640"));
    }

    /** Every gemeente of the demo region has a household with a partner, a child and one who left. */
    @Test
    void deDemoregioHeeftHuishoudens() {
        Api.namens(PROFESSIONAL, "dordrecht-west", "GM0505")
                .get("/huishoudens/{id}", "00000000-0000-4000-a100-000000000001")
                .then()
                .statusCode(200)
                .body("leden.relatie", containsInAnyOrder("hoofdbewoner", "partner", "kind"));
        Api.namens(nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER, null, "GM0988")
                .queryParam("inwonerId", "00000000-0000-4000-a000-000000000002")
                .get("/huishoudens")
                .then()
                .statusCode(200)
                .body("[0].leden.size()", is(3))
                .body("[0].geschiedenis.vertrekreden", hasItems("zelfstandig"));
        Api.namens(PROFESSIONAL, "dordrecht-west", "GM0505")
                .get("/ondersteuningsplannen/{id}", "00000000-0000-4000-a200-000000000001")
                .then()
                .statusCode(200)
                .body("doelen.leefgebied", containsInAnyOrder("financien", "sociaal-netwerk"))
                .body("acties.eigenaar", containsInAnyOrder("inwoner", "netwerk", "team"))
                .body("akkoord.vorm", is("mondeling"));
    }
}
