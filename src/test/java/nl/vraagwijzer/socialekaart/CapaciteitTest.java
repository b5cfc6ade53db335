package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Beheerdatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capacity and waiting time, kept by the partner itself for its own services only (issue 14). */
@QuarkusTest
class CapaciteitTest {

    private UUID organisatie;
    private UUID dienst;

    @BeforeEach
    void dienstVanEenPartner() {
        organisatie = maakOrganisatie(uniek("MET GGZ"));
        dienst = maakDienst(organisatie, "Ambulante GGZ", List.of("geestelijke-gezondheid"), List.of());
    }

    /** The capacity statement of {@code als}, with {@code ifMatch} when not null. */
    private ValidatableResponse werkBij(RequestSpecification als, String ifMatch, Map<String, Object> body) {
        if (ifMatch != null) {
            als.header("If-Match", ifMatch);
        }
        return als.body(body).put("/diensten/{id}/capaciteit", dienst).then();
    }

    private long versie() {
        return Beheerdatabase.tel("select versie from dienst where id = ?", dienst);
    }

    @Test
    void dePartnerHoudtZijnEigenDienstBijMetIfMatch() {
        werkBij(
                        Api.alsOrganisatie(PARTNER, organisatie),
                        "\"0\"",
                        Map.of("plaatsenBeschikbaar", 0, "wachttijdWeken", 14))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("capaciteit.plaatsenBeschikbaar", is(0))
                .body("capaciteit.wachttijdWeken", is(14))
                .body("capaciteit.bijgewerktOp", notNullValue())
                .body("capaciteit.verouderd", is(false));
        Api.als(PROFESSIONAL)
                .get("/diensten/{id}", dienst)
                .then()
                .statusCode(200)
                .body("capaciteit.wachttijdWeken", is(14));
        // the next statement needs the new version
        isProblem(
                werkBij(
                        Api.alsOrganisatie(PARTNER, organisatie),
                        "\"0\"",
                        Map.of("plaatsenBeschikbaar", 2, "wachttijdWeken", 0)),
                412);
        isProblem(
                werkBij(
                        Api.alsOrganisatie(PARTNER, organisatie),
                        null,
                        Map.of("plaatsenBeschikbaar", 2, "wachttijdWeken", 0)),
                428);
        assertEquals(1, versie());
    }

    @Test
    void eenAnderePartnerMagHetNiet() {
        UUID andere = maakOrganisatie(uniek("Vincent van Gogh"));
        isProblem(
                        werkBij(
                                Api.alsOrganisatie(PARTNER, andere),
                                "\"0\"",
                                Map.of("plaatsenBeschikbaar", 5, "wachttijdWeken", 0)),
                        403)
                .body("detail", containsString("andere organisatie"));
        isProblem(werkBij(Api.als(PROFESSIONAL), "\"0\"", Map.of("plaatsenBeschikbaar", 5, "wachttijdWeken", 0)), 403);
        assertEquals(0, versie());
        Api.als(PROFESSIONAL).get("/diensten/{id}", dienst).then().body("capaciteit", nullValue());
    }

    @Test
    void deBeheerderMagHetOok() {
        werkBij(Api.als(BEHEERDER), "\"0\"", Map.of("plaatsenBeschikbaar", 3, "wachttijdWeken", 2))
                .statusCode(200)
                .body("capaciteit.plaatsenBeschikbaar", is(3));
    }

    @Test
    void ongeldigeAantallenSchrijvenNiets() {
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("plaatsenBeschikbaar", -1, "wachttijdWeken", 2),
                Map.<String, Object>of("plaatsenBeschikbaar", 1, "wachttijdWeken", -3),
                Map.<String, Object>of("plaatsenBeschikbaar", 1),
                Map.<String, Object>of("plaatsenBeschikbaar", "veel", "wachttijdWeken", 1))) {
            isProblem(werkBij(Api.alsOrganisatie(PARTNER, organisatie), "\"0\"", body), 400);
        }
        assertEquals(0, versie());
    }

    @Test
    void eenOudeOpgaveHeetVerouderd() throws Exception {
        werkBij(
                        Api.alsOrganisatie(PARTNER, organisatie),
                        "\"0\"",
                        Map.of("plaatsenBeschikbaar", 1, "wachttijdWeken", 4))
                .statusCode(200);
        try (Connection verbinding = Beheerdatabase.verbinding();
                PreparedStatement sql = verbinding.prepareStatement(
                        "update dienst set capaciteit_bijgewerkt_op = now() - interval '31 days' where id = ?")) {
            sql.setObject(1, dienst);
            sql.executeUpdate();
        }
        Api.als(PROFESSIONAL)
                .get("/diensten/{id}", dienst)
                .then()
                .statusCode(200)
                .body("capaciteit.verouderd", is(true))
                .body("capaciteit.wachttijdWeken", is(4));
    }
}
