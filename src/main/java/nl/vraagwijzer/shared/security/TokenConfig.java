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
}
