package nl.vraagwijzer.shared.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token's signature verified once, not on every request (issue 28, ADR 0026): after the OIDC
 * extension accepted a bearer token and every check of ours passed, the identity it made is kept,
 * under the SHA-256 of the whole token (its signature included), until the token's {@code exp}; the
 * next request with the same token gets that identity without parsing the token or checking its RSA
 * signature again. A different token, also one that differs only in its signature, is another key and
 * goes the whole way. Bounded ({@link TokenConfig#geheugen()} entries; when full, what expired goes,
 * else everything), and {@code 0} turns it off.
 *
 * <p>As a provider it comes before the OIDC extension's and answers only for a token it holds
 * (otherwise {@code null}: the next provider verifies); its {@link Bewaarder}, an augmentor, comes
 * last, so it keeps only an identity every other check accepted. The identity is kept without the request it came
 * with (the {@code RoutingContext} and authentication context attributes: {@link #zonderVerzoek}), and given
 * the current ones when it is used.
 */
@ApplicationScoped
public class VerifieerdeTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity that came from here, so that the augmentor does not keep it again. */
    static final String UIT_GEHEUGEN = "vraagwijzer.token-uit-geheugen";

    private static final String VERZOEK = RoutingContext.class.getName();
    private static final String AUTHENTICATIE = AuthenticationRequestContext.class.getName();

    private record Bewaard(SecurityIdentity identiteit, long verlooptOp) {}

    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();
    private final AtomicLong treffers = new AtomicLong();
    private final int grootte;

    public VerifieerdeTokens(TokenConfig config) {
        this.grootte = config.geheugen();
    }

    /**
     * Now in epoch seconds, from the system clock as the OIDC extension checks {@code exp} (not the
     * service's {@code Clock}, which tests may move).
     */
    private static long nu() {
        return System.currentTimeMillis() / 1000;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC extension's provider, which has the default priority (1001, above SYSTEM_FIRST). */
    @Override
    public int priority() {
        return 2 * SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest verzoek, AuthenticationRequestContext context) {
        if (grootte == 0) {
            return Uni.createFrom().nullItem();
        }
        String sleutel = sleutel(verzoek.getToken());
        Bewaard gevonden = bewaard.get(sleutel);
        if (gevonden == null) {
            return Uni.createFrom().nullItem();
        }
        if (nu() >= gevonden.verlooptOp()) {
            bewaard.remove(sleutel, gevonden);
            return Uni.createFrom().nullItem(); // the extension refuses it, as it refuses any expired token
        }
        treffers.incrementAndGet();
        QuarkusSecurityIdentity.Builder identiteit =
                QuarkusSecurityIdentity.builder(gevonden.identiteit()).addAttribute(UIT_GEHEUGEN, Boolean.TRUE);
        RoutingContext huidig = HttpSecurityUtils.getRoutingContextAttribute(verzoek);
        if (huidig != null) {
            identiteit.addAttribute(VERZOEK, huidig);
        }
        identiteit.addAttribute(AUTHENTICATIE, context);
        return Uni.createFrom().item(identiteit.build());
    }

    /**
     * Keeps the identity of a token the extension verified; an augmentor after every other (a token
     * from the future was refused before it gets here, {@link TokenTijd}).
     */
    @ApplicationScoped
    static class Bewaarder implements SecurityIdentityAugmentor {

        private final VerifieerdeTokens tokens;

        Bewaarder(VerifieerdeTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identiteit, AuthenticationRequestContext context) {
            // through methods, not fields: the injected bean is its client proxy
            if (identiteit.getAttribute(UIT_GEHEUGEN) == null
                    && identiteit.getPrincipal() instanceof JsonWebToken token
                    && token.getExpirationTime() > 0
                    && token.getRawToken() != null) {
                tokens.bewaar(token.getRawToken(), identiteit, token.getExpirationTime());
            }
            return Uni.createFrom().item(identiteit);
        }
    }

    /** How many requests got their identity from here (TokenTest asserts on it). */
    public long treffers() {
        return treffers.get();
    }

    /** Keeps {@code identiteit}, verified for {@code token}, until {@code verlooptOp} (epoch seconds). */
    void bewaar(String token, SecurityIdentity identiteit, long verlooptOp) {
        if (grootte == 0) {
            return;
        }
        if (bewaard.size() >= grootte) {
            long nu = nu();
            bewaard.values().removeIf(b -> b.verlooptOp() <= nu);
            if (bewaard.size() >= grootte) {
                bewaard.clear();
            }
        }
        bewaard.put(sleutel(token), new Bewaard(zonderVerzoek(identiteit), verlooptOp));
    }

    /**
     * The identity without anything of the request it came with: the principal (the parsed token),
     * roles, credentials and permissions, and of its attributes only plain values (the tenant, the
     * expiry). The extension's permission checkers and its attributes that hold objects (the request's
     * {@code RoutingContext}, the authentication's context) kept that request's whole answer alive for
     * as long as the token was kept: 40 KB for a page of twenty referrals, some 100 KB in the soak
     * test; without them a kept token is some 6 KB (issue 28, ADR 0026). The service checks roles
     * ({@code @RolesAllowed}), never permissions: a {@code @PermissionsAllowed} would be refused to a
     * kept token (no checker), so adding one means keeping its checker here first.
     */
    private static SecurityIdentity zonderVerzoek(SecurityIdentity identiteit) {
        QuarkusSecurityIdentity.Builder kaal = QuarkusSecurityIdentity.builder()
                .setPrincipal(identiteit.getPrincipal())
                .addRoles(identiteit.getRoles())
                .addCredentials(identiteit.getCredentials())
                .addPermissions(identiteit.getPermissions());
        identiteit.getAttributes().forEach((naam, waarde) -> {
            if (waarde instanceof String || waarde instanceof Number || waarde instanceof Boolean) {
                kaal.addAttribute(naam, waarde);
            }
        });
        return kaal.build();
    }

    /** The attributes kept for {@code token}, empty when it is not kept (TokenTest asserts on them). */
    public Map<String, Object> bewaardeAttributen(String token) {
        Bewaard gevonden = bewaard.get(sleutel(token));
        return gevonden == null ? Map.of() : gevonden.identiteit().getAttributes();
    }

    private static String sleutel(TokenCredential token) {
        return sleutel(token.getToken());
    }

    private static String sleutel(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
