package nl.vraagwijzer.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.vraagwijzer.shared.security.Rollen;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated from the contract: every operation, called anonymously and as every role, answers as
 * its {@code x-rollen} declare. Anonymous callers get 401; a role the operation does not declare
 * gets 403 naming the roles that may call it; a declared role gets past authorization (any answer but 401 and 403: with made-up
 * ids and empty bodies that is usually 400, 404 or 428). The tokens hold two gemeenten and name
 * one in X-Gemeente, as a regional team's do (a gemeente system's holds that one only). A new operation is covered without writing a test.
 */
@QuarkusTest
class RollenmatrixTest {

    private static final List<String> ROLLEN = List.of(
            Rollen.BALIEMEDEWERKER,
            Rollen.PROFESSIONAL,
            Rollen.TEAMLEIDER,
            Rollen.BEHEERDER,
            Rollen.PRIVACYFUNCTIONARIS,
            Rollen.PARTNER,
            Rollen.RAPPORTAGE,
            Rollen.GEMEENTESYSTEEM,
            Rollen.DDAS_AANLEVERING);

    private record Operatie(String methode, String pad, Set<String> rollen, boolean heeftBody) {

        String padMetIds() {
            return pad.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> elkeOperatieAlsElkeRol() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operatie operatie : operaties()) {
            tests.add(DynamicTest.dynamicTest(operatie.methode() + " " + operatie.pad() + " anoniem", () -> {
                int status = roep(Api.anoniem(), operatie).statusCode();
                if (operatie.rollen().contains("anoniem")) {
                    assertTrue(status != 401 && status != 403, "open operation answered " + status);
                } else {
                    assertTrue(status == 401, "expected 401, got " + status);
                }
            }));
            for (String rol : ROLLEN) {
                tests.add(DynamicTest.dynamicTest(operatie.methode() + " " + operatie.pad() + " als " + rol, () -> {
                    // a token of a regional team holding two gemeenten, acting for one of them:
                    // the gemeente never widens or narrows what a role may call
                    RequestSpecification als = Api.anoniem()
                            .auth()
                            .oauth2(nl.vraagwijzer.support.Tokens.sign(nl.vraagwijzer.support.Tokens.claims(rol)
                                    .claim("organisatie_id", UUID.randomUUID().toString())
                                    .claim("team", "matrix-team")
                                    // a gemeente's system is one gemeente's by definition
                                    .claim(
                                            "gemeente",
                                            Rollen.GEMEENTESYSTEEM.equals(rol)
                                                    ? List.of("GM0988")
                                                    : List.of("GM0505", "GM0988"))))
                            .header("X-Gemeente", "GM0988");
                    Response antwoord = roep(als, operatie);
                    int status = antwoord.statusCode();
                    if (operatie.rollen().contains(rol) || operatie.rollen().contains("anoniem")) {
                        assertTrue(status != 401 && status != 403, rol + " is declared but got " + status);
                    } else {
                        assertTrue(status == 403, rol + " is not declared but got " + status);
                        // the refusal names who may call the operation, so the caller knows which token to ask for
                        String detail = antwoord.jsonPath().getString("detail");
                        operatie.rollen()
                                .forEach(toegestaan -> assertTrue(
                                        detail.contains(toegestaan),
                                        "403 does not name " + toegestaan + ": " + detail));
                        assertTrue(!detail.contains(rol + ",") && !detail.endsWith(rol + "."), detail);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static Response roep(RequestSpecification verzoek, Operatie operatie) {
        if (operatie.heeftBody()) {
            verzoek = verzoek.body(Map.of());
        }
        return verzoek.header("Idempotency-Key", UUID.randomUUID().toString())
                .request(operatie.methode(), operatie.padMetIds());
    }

    private static List<Operatie> operaties() {
        JsonNode paths = Contractcontrole.bron().path("paths");
        List<Operatie> operaties = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> padIterator = paths.fields();
        while (padIterator.hasNext()) {
            Map.Entry<String, JsonNode> pad = padIterator.next();
            pad.getValue().fields().forEachRemaining(methode -> {
                JsonNode operatie = methode.getValue();
                if (!operatie.has("operationId")) {
                    return;
                }
                Set<String> rollen = new HashSet<>();
                operatie.path("x-rollen").forEach(rol -> rollen.add(rol.asText()));
                operaties.add(new Operatie(
                        methode.getKey().toUpperCase(), pad.getKey(), rollen, operatie.has("requestBody")));
            });
        }
        return operaties;
    }
}
