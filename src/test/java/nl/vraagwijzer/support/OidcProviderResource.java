package nl.vraagwijzer.support;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * An OIDC provider for tests: discovery document and signing keys over real HTTP, as Keycloak
 * publishes them. The service is configured the way production configures it, through
 * {@code quarkus.oidc.auth-server-url}, so the packaged service in the integration tests uses it too.
 */
public class OidcProviderResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        config.put("quarkus.oidc.token.issuer", Tokens.ISSUER);
        return config;
    }
}
