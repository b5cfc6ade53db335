package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vraagwijzer.shared.opstart.Opwarming;
import nl.vraagwijzer.shared.ports.Opwarmen;
import nl.vraagwijzer.support.Api;
import org.junit.jupiter.api.Test;

/** A part of the warm-up that fails ends the warm-up there, and the service starts and answers. */
@QuarkusTest
@TestProfile(FalendeOpwarmingTest.MetFalendDeel.class)
class FalendeOpwarmingTest {

    public static class MetFalendDeel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test.opwarmen.falend", "aan");
        }
    }

    /** Only in this test's profile. */
    @ApplicationScoped
    @LookupIfProperty(name = "test.opwarmen.falend", stringValue = "aan")
    static class FalendeOpwarming implements Opwarmen {
        @Override
        public void opwarmen() {
            throw new IllegalStateException("database not answering");
        }
    }

    @Inject
    Opwarming opwarming;

    @Test
    void deOpwarmingStoptBijHetFalendeDeelEnDeDienstStart() {
        Opwarming.Uitslag uitslag = opwarming.uitslag();
        assertEquals(Optional.of("FalendeOpwarming"), uitslag.mislukt());
        List<String> delen = uitslag.delen();
        assertEquals("FalendeOpwarming", delen.get(delen.size() - 1), "no part ran after it: " + delen);
        Api.als(BEHEERDER).get("/organisaties").then().statusCode(200);
    }
}
