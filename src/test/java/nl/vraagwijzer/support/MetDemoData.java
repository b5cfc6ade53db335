package nl.vraagwijzer.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The Flyway locations of %dev, with the demo data; everything else as in the other tests. */
public class MetDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.locations", "db/migration,db/demo");
    }
}
