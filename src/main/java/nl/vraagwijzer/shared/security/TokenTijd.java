package nl.vraagwijzer.shared.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued in the future (its {@code iat} later than now plus the allowed clock
 * skew): the OIDC extension checks {@code exp} but not this, and such a token was either made
 * with a wrong clock or made to outlive its intended lifetime.
 */
@ApplicationScoped
public class TokenTijd implements SecurityIdentityAugmentor {

    private final Clock clock;
    private final Duration speling;

    public TokenTijd(Clock clock, TokenConfig config) {
        this.clock = clock;
        this.speling = config.klokspeling();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0) {
            long grens = clock.instant().plus(speling).getEpochSecond();
            if (token.getIssuedAtTime() > grens) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
