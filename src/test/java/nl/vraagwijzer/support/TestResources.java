package nl.vraagwijzer.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real parts every test runs against: a fresh PostgreSQL database and an OIDC provider that
 * publishes its signing keys, so tests use genuinely signed tokens (see {@link Tokens}).
 */
@QuarkusTestResource(FreshDatabaseResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {}
}
