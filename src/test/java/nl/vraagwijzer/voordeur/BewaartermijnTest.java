package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/** Retention, judged at a moment the test chooses: anonymised after the period, figures kept. */
@QuarkusTest
class BewaartermijnTest {

    @Inject
    Bewaartermijn bewaartermijn;

    static final Duration NA_DE_TERMIJN = Duration.ofDays(731);

    void sluit(String team, UUID vraag) {
        Api.alsTeam(PROFESSIONAL, team)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "afgesloten", "afsluitreden", "opgelost"))
                .post("/hulpvragen/{id}/statuswijzigingen", vraag)
                .then()
                .statusCode(200);
    }

    @Inject
    nl.vraagwijzer.shared.persistence.Taakplanning taken;

    @Test
    void eenInwonerDieNetWordtBewerktWordtOvergeslagenDeRestNiet() throws Exception {
        String team = uniekTeam();
        UUID bezet = maakInwoner();
        UUID vrij = maakInwoner();
        for (UUID inwoner : List.of(bezet, vrij)) {
            sluit(team, maakHulpvraag(inwoner, team));
        }
        // another transaction (a desk edit, another replica) holds the row of one resident
        try (java.sql.Connection connection = nl.vraagwijzer.support.Beheerdatabase.verbinding()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select 1 from inwoner where id = ? for update")) {
                lock.setObject(1, bezet);
                lock.executeQuery();
            }
            Instant begin = Instant.now();
            bewaartermijn.ruimOp(Instant.now().plus(NA_DE_TERMIJN));
            // the run did not wait for the lock
            org.junit.jupiter.api.Assertions.assertTrue(
                    Duration.between(begin, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0);
            connection.rollback();
        }
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", vrij).then().body("achternaam", is("Geanonimiseerd"));
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", bezet).then().body("achternaam", is("El Amrani"));
        // the next run takes it
        bewaartermijn.ruimOp(Instant.now().plus(NA_DE_TERMIJN));
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", bezet).then().body("achternaam", is("Geanonimiseerd"));
    }

    @Test
    void eenTaakDraaitEenmaalPerGeplandMomentOverReplicas() throws Exception {
        Instant moment =
                Instant.parse("2031-03-04T02:30:00Z").plusSeconds(new java.util.Random().nextInt(1_000_000) * 60L);
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Boolean>> pogingen = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pogingen.add(() -> taken.claim("bewaartermijn", moment));
            }
            long gewonnen = 0;
            for (var poging : replicas.invokeAll(pogingen)) {
                gewonnen += poging.get() ? 1 : 0;
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, gewonnen);
        } finally {
            replicas.shutdownNow();
        }
        org.junit.jupiter.api.Assertions.assertTrue(taken.claim("bewaartermijn", moment.plus(Duration.ofDays(1))));
    }

    @Test
    void naDeTermijnGeanonimiseerdMetBehoudVanCijfers() {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        UUID vraag = maakHulpvraag(inwoner, team);
        Api.als(BALIEMEDEWERKER)
                .body(Map.of(
                        "datum",
                        nl.vraagwijzer.support.Vandaag.nl().toString(),
                        "kanaal",
                        "balie",
                        "verslag",
                        "Vertelde over schulden"))
                .post("/hulpvragen/{id}/contactmomenten", vraag)
                .then()
                .statusCode(201);
        Api.alsTeam(PROFESSIONAL, team)
                .body(Map.of(
                        "zrmScores",
                        List.of(Map.of("leefgebied", "financien", "score", 2)),
                        "uitkomst",
                        "zelf-oplossen",
                        "toelichting",
                        "Persoonlijk verhaal"))
                .post("/hulpvragen/{id}/triages", vraag)
                .then()
                .statusCode(201);
        sluit(team, vraag);

        // not yet: the period has not passed
        bewaartermijn.ruimOp(Instant.now());
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inwoner).then().body("achternaam", is("El Amrani"));

        bewaartermijn.ruimOp(Instant.now().plus(NA_DE_TERMIJN));
        Api.als(BALIEMEDEWERKER)
                .get("/inwoners/{id}", inwoner)
                .then()
                .statusCode(200)
                .body("achternaam", is("Geanonimiseerd"))
                .body("bsn", nullValue())
                .body("adres", nullValue())
                .body("geboortedatum", nullValue())
                .body("wijk", is("Wielwijk"));
        Api.als(BALIEMEDEWERKER)
                .get("/hulpvragen/{id}", vraag)
                .then()
                .body("omschrijving", is("[verwijderd na bewaartermijn]"))
                .body("status", is("afgesloten"))
                .body("leefgebieden", contains("werk-en-opleiding", "financien"));
        Api.als(BALIEMEDEWERKER)
                .get("/hulpvragen/{id}/contactmomenten", vraag)
                .then()
                .body("verslag", contains("[verwijderd na bewaartermijn]"));
        Api.alsTeam(PROFESSIONAL, team)
                .get("/hulpvragen/{id}/triages", vraag)
                .then()
                .body("[0].toelichting", nullValue())
                .body("[0].zrmScores[0].score", is(2));
        Api.als(PRIVACYFUNCTIONARIS)
                .queryParam("inwonerId", inwoner)
                .queryParam("pageSize", 100)
                .get("/logboek")
                .then()
                .body("actie", hasItem("bewaartermijn-anonimiseren"))
                .body("find { it.actie == 'bewaartermijn-anonimiseren' }.medewerker", is("systeem"));
    }

    @Test
    void eenOpenHulpvraagHoudtDeGegevensVast() {
        String team = uniekTeam();
        UUID inwoner = maakInwoner();
        sluit(team, maakHulpvraag(inwoner, team));
        maakHulpvraag(inwoner, team);
        bewaartermijn.ruimOp(Instant.now().plus(NA_DE_TERMIJN));
        Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inwoner).then().body("achternaam", not(is("Geanonimiseerd")));
    }
}
