package nl.vraagwijzer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CI check on the contract's version: openapi/openapi.yaml against the newest release in
 * openapi/releases. The nested tests show on copies of the contract that the check would catch
 * what it is there for.
 */
class ContractVersieTest {

    @Test
    void geenBrekendeWijzigingZonderNieuweMajorVersie() throws IOException {
        List<String> bezwaren =
                Contractversies.bezwaren(Contractcontrole.lees(Contractversies.laatsteRelease()), huidig());
        assertEquals(List.of(), bezwaren, String.join("\n", bezwaren));
    }

    @Test
    void deChangelogBeschrijftDeHuidigeVersie() throws IOException {
        String versie = Contractversies.versie(huidig()).toString();
        assertTrue(
                Files.readString(Contractversies.CHANGELOG).contains("\n## " + versie + " "),
                Contractversies.CHANGELOG + " has no section '## " + versie + " (date)'");
    }

    /**
     * Each release against the one before it: a release copied together with its version bump is
     * still checked, since the check above then compares the contract with itself.
     */
    @Test
    void elkeReleaseVolgtDeRegelsTenOpzichteVanDeVorige() throws IOException {
        List<ObjectNode> releases = Contractversies.releases();
        List<String> bezwaren = new ArrayList<>();
        for (int i = 1; i < releases.size(); i++) {
            String stap =
                    Contractversies.versie(releases.get(i - 1)) + " -> " + Contractversies.versie(releases.get(i));
            Contractversies.bezwaren(releases.get(i - 1), releases.get(i))
                    .forEach(bezwaar -> bezwaren.add(stap + ": " + bezwaar));
        }
        assertEquals(List.of(), bezwaren, String.join("\n", bezwaren));
    }

    /**
     * Every version the changelog names is kept as released, under its own number, so that the
     * breaking-change check compares with what clients really have (1.1.0-1.3.0 were once missing
     * and the check compared with 1.0.0).
     */
    @Test
    void elkeVersieUitDeChangelogIsBewaard() throws IOException {
        Matcher kop = Pattern.compile("(?m)^## (\\S+) ").matcher(Files.readString(Contractversies.CHANGELOG));
        List<String> ontbrekend = new ArrayList<>();
        while (kop.find()) {
            Path release = Contractversies.RELEASES.resolve(kop.group(1) + ".yaml");
            if (!Files.exists(release)
                    || !kop.group(1)
                            .equals(Contractversies.versie(Contractcontrole.lees(release))
                                    .toString())) {
                ontbrekend.add(release.toString());
            }
        }
        assertEquals(List.of(), ontbrekend, "released versions without their contract (or with another info.version)");
        assertEquals(
                Contractversies.versie(huidig()),
                Contractversies.versie(Contractcontrole.lees(Contractversies.laatsteRelease())),
                "the newest release is the current version: release it when its changelog section is written");
    }

    @Test
    void deGegenereerdeClientsDragenDeVersieVanHetContract() {
        assertEquals(
                Contractversies.versie(huidig()).toString(),
                System.getProperty("clients.version"),
                "pom.xml property vraagwijzer.api.version (the clients' version) differs from info.version");
    }

    private static ObjectNode huidig() {
        return Contractcontrole.bron();
    }

    private static ObjectNode metVersie(ObjectNode contract, String versie) {
        ObjectNode kopie = contract.deepCopy();
        ((ObjectNode) kopie.get("info")).put("version", versie);
        return kopie;
    }

    /** The current contract as if it were released as 2.3.4. */
    private static ObjectNode release() {
        return metVersie(huidig(), "2.3.4");
    }

    @Nested
    class DeControle {

        @Test
        void laatEenOngewijzigdContractMetDezelfdeVersieDoor() {
            assertEquals(List.of(), Contractversies.bezwaren(release(), release()));
        }

        @Test
        void laatEenToevoegingMetNieuweMinorVersieDoor() {
            ObjectNode nieuw = metVersie(release(), "2.4.0");
            ((ObjectNode) nieuw.at("/components/schemas/Organisatie/properties"))
                    .putObject("slogan")
                    .put("type", "string");
            assertEquals(List.of(), Contractversies.bezwaren(release(), nieuw));
        }

        @Test
        void weigertEenVerdwenenOperatieZonderNieuweMajorVersie() {
            ObjectNode nieuw = metVersie(release(), "2.4.0");
            ((ObjectNode) nieuw.get("paths")).remove("/signalen");
            List<String> bezwaren = Contractversies.bezwaren(release(), nieuw);
            assertEquals(1, bezwaren.size(), bezwaren.toString());
            assertTrue(bezwaren.get(0).contains("brekende wijziging"), bezwaren.get(0));
            assertTrue(bezwaren.get(0).contains("/signalen"), bezwaren.get(0));
        }

        @Test
        void weigertEenNieuwVerplichtInvoerveldZonderNieuweMajorVersie() {
            ObjectNode nieuw = metVersie(release(), "2.3.5");
            ((ArrayNode) nieuw.at("/components/schemas/OrganisatieInvoer/required")).add("website");
            List<String> bezwaren = Contractversies.bezwaren(release(), nieuw);
            assertEquals(1, bezwaren.size(), bezwaren.toString());
            assertTrue(bezwaren.get(0).contains("brekende wijziging"), bezwaren.get(0));
        }

        @Test
        void laatEenBrekendeWijzigingMetNieuweMajorVersieDoor() {
            ObjectNode nieuw = metVersie(release(), "3.0.0");
            ((ObjectNode) nieuw.get("paths")).remove("/signalen");
            assertEquals(List.of(), Contractversies.bezwaren(release(), nieuw));
        }

        @Test
        void weigertEenWijzigingZonderNieuweVersie() {
            ObjectNode nieuw = release();
            ((ObjectNode) nieuw.at("/components/schemas/Organisatie")).put("description", "Anders beschreven.");
            List<String> bezwaren = Contractversies.bezwaren(release(), nieuw);
            assertEquals(1, bezwaren.size(), bezwaren.toString());
            assertTrue(bezwaren.get(0).contains("info.version is nog 2.3.4"), bezwaren.get(0));
        }

        @Test
        void weigertEenLagereOfOngeldigeVersie() {
            assertTrue(Contractversies.bezwaren(release(), metVersie(release(), "2.3.3")).stream()
                    .anyMatch(bezwaar -> bezwaar.contains("lager dan de laatste release")));
            assertEquals(
                    List.of("info.version 2.4 is geen semver (MAJOR.MINOR.PATCH)"),
                    Contractversies.bezwaren(release(), metVersie(release(), "2.4")));
        }
    }
}
