package nl.vraagwijzer.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real parts every test runs against: a fresh PostgreSQL database and an OIDC provider that
 * publishes its signing keys, so tests use genuinely signed tokens (see {@link Tokens}).
 */
@QuarkusTestResource(FreshDatabaseResource.class)
@QuarkusTestResource(OidcProviderResource.class)
@QuarkusTestResource(ProductieInstellingenResource.class)
public final class TestResources {

    private TestResources() {}
}
