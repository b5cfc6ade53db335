package nl.vraagwijzer.shared.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Token checks beyond those of the OIDC extension. */
@ConfigMapping(prefix = "vraagwijzer.token")
public interface TokenConfig {

    /** How far a token's {@code iat} may lie in the future (clock skew) before it is refused. */
    @WithDefault("PT30S")
    Duration klokspeling();

    /**
     * How many verified tokens are kept until their {@code exp}, so that a token's signature is checked
     * once and not on every request (ADR 0026); {@code 0} checks every request. A kept identity (the
     * parsed token, its claims, roles and credential, nothing of its request) takes some 6 KB of heap
     * (ADR 0026): 1,000 are some 6 MB.
     */
    @WithDefault("1000")
    int geheugen();
}
