package nl.vraagwijzer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The secrets production takes from the environment, so the packaged service starts in the *IT tests. */
public class ProductieInstellingenResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("vraagwijzer.pseudoniem-sleutel", "sleutel-voor-de-tests");
    }

    @Override
    public void stop() {}
}
