package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.VoordeurData.inwoner;
import static nl.vraagwijzer.support.VoordeurData.nieuwBsn;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gemeenten are sealed off by the database itself: the service's role sees only the rows of the
 * gemeente its connection acts for, even through a query without any filter, and it can neither
 * bypass row-level security nor own the tables (ADR 0013).
 */
@QuarkusTest
class GemeentegrensTest {

    static final String WEERT = "GM0988";

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void weert() throws SQLException {
        try (Connection beheer = DriverManager.getConnection(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                        "postgres",
                        "");
                Statement sql = beheer.createStatement()) {
            sql.execute("insert into gemeente (code, naam) values ('" + WEERT + "', 'Weert') on conflict do nothing");
        }
    }

    static RequestSpecification balieVan(String gemeente) {
        return Api.anoniem()
                .auth()
                .oauth2(Tokens.sign(Tokens.claims(BALIEMEDEWERKER).claim("gemeente", gemeente)));
    }

    /** Every gemeente the service's role sees through a query without a filter, acting for {@code gemeenten}. */
    Set<String> ongefilterd(String gemeenten) throws SQLException {
        Set<String> gezien = new HashSet<>();
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("select set_config('vraagwijzer.gemeenten', '" + gemeenten + "', false)");
            try (ResultSet rij = sql.executeQuery("select distinct gemeente from inwoner")) {
                while (rij.next()) {
                    gezien.add(rij.getString(1));
                }
            }
        }
        return gezien;
    }

    @Test
    void eenOngefilterdeQueryZietAlleenDeEigenGemeente() throws SQLException {
        String bsn = nieuwBsn();
        balieVan(WEERT).body(inwoner(bsn)).post("/inwoners").then().statusCode(201);
        Api.als(BALIEMEDEWERKER)
                .body(inwoner(nieuwBsn()))
                .post("/inwoners")
                .then()
                .statusCode(201);

        assertEquals(Set.of(WEERT), ongefilterd(WEERT));
        assertEquals(Set.of("GM0505"), ongefilterd("GM0505"));
        assertEquals(Set.of(), ongefilterd(""));
    }

    /** A job (no authenticated caller) sees no tenant's rows unless it takes the logged bypass. */
    @Test
    void zonderAanroeperZietEenVerbindingNiets() throws SQLException {
        Api.als(BALIEMEDEWERKER)
                .body(inwoner(nieuwBsn()))
                .post("/inwoners")
                .then()
                .statusCode(201);
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rij = sql.executeQuery("select count(*) from inwoner")) {
            assertTrue(rij.next());
            assertEquals(0, rij.getLong(1));
        }
    }

    @Test
    void eenInwonerVanEenAndereGemeenteBestaatNiet() {
        String bsn = nieuwBsn();
        String inWeert = balieVan(WEERT)
                .body(inwoner(bsn))
                .post("/inwoners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        isProblem(Api.als(BALIEMEDEWERKER).get("/inwoners/{id}", inWeert).then(), 404);
        Api.als(BALIEMEDEWERKER)
                .body(Map.of("bsn", bsn))
                .post("/inwoners/_zoek")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(inWeert)));
        // the same BSN is a resident of each gemeente once
        Api.als(BALIEMEDEWERKER).body(inwoner(bsn)).post("/inwoners").then().statusCode(201);
        balieVan(WEERT).get("/inwoners/{id}", inWeert).then().statusCode(200);
    }

    /**
     * Every table that carries a gemeente is sealed by a forced policy; this fails when a policy is
     * dropped or row-level security switched off, also on a table added later with a gemeente.
     */
    @Test
    void elkeTabelMetEenGemeenteHeeftHaarBeleid() throws SQLException {
        Set<String> verzegeld = new HashSet<>();
        Set<String> metGemeente = new HashSet<>();
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rij = sql.executeQuery("select c.relname, c.relrowsecurity and c.relforcerowsecurity"
                        + " and exists (select 1 from pg_policy p where p.polrelid = c.oid"
                        + " and pg_get_expr(p.polqual, p.polrelid) like '%vraagwijzer_zichtbaar(gemeente)%'"
                        + " and pg_get_expr(p.polwithcheck, p.polrelid) like '%vraagwijzer_zichtbaar(gemeente)%')"
                        + " from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'gemeente'"
                        + " where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')"
                        + " and not c.relispartition")) {
            while (rij.next()) {
                metGemeente.add(rij.getString(1));
                if (rij.getBoolean(2)) {
                    verzegeld.add(rij.getString(1));
                }
            }
        }
        assertEquals(
                Set.of(
                        "abonnement",
                        "inwoner",
                        "hulpvraag",
                        "contactmoment",
                        "statuswijziging",
                        "triage",
                        "zrm_score",
                        "toestemming",
                        "verwijzing",
                        "gebeurtenis",
                        "logboek",
                        "vroegsignaalzaak",
                        "vroegsignaal",
                        "contactpoging",
                        "huishouden",
                        "huishoudlid",
                        "ondersteuningsplan",
                        "planwijziging",
                        "dagcijfer"),
                metGemeente);
        assertEquals(metGemeente, verzegeld, "tables with a gemeente but without their forced policy");
    }

    /** A partition of the access log, read directly, would skip the log's policy: the service may not. */
    @Test
    void deDienstLeestGeenPartitieVanHetLogboekRechtstreeks() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet partitie = sql.executeQuery("select c.relname from pg_inherits i join pg_class c"
                        + " on c.oid = i.inhrelid where i.inhparent = 'logboek'::regclass limit 1")) {
            assertTrue(partitie.next());
            String naam = partitie.getString(1);
            SQLException geweigerd = org.junit.jupiter.api.Assertions.assertThrows(
                    SQLException.class, () -> sql.executeQuery("select count(*) from " + naam));
            assertTrue(geweigerd.getMessage().contains("permission denied"), geweigerd.getMessage());
        }
    }

    @Test
    void deDienstKanDeBeveiligingNietOmzeilen() throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rol = sql.executeQuery(
                        "select r.rolsuper, r.rolbypassrls, pg_get_userbyid(c.relowner) = current_user,"
                                + " c.relrowsecurity, c.relforcerowsecurity from pg_roles r, pg_class c"
                                + " where r.rolname = current_user and c.relname = 'hulpvraag'")) {
            assertTrue(rol.next());
            assertFalse(rol.getBoolean(1), "the service connects without superuser");
            assertFalse(rol.getBoolean(2), "the service cannot bypass row-level security");
            assertFalse(rol.getBoolean(3), "the service does not own the tables");
            assertTrue(rol.getBoolean(4) && rol.getBoolean(5), "row-level security is on, also for the owner");
        }
    }
}
