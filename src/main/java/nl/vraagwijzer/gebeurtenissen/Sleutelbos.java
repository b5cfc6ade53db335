package nl.vraagwijzer.gebeurtenissen;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * The service's signing keys for deliveries (NL API Design Rules, signing module style: a JWS
 * with detached payload, RFC 7515 appendix F, ES256). Every configured key is published in the
 * JWKS; the one with the latest {@code vanaf} that has passed signs, so a rotation publishes the
 * new key before its first signature and keeps the old one until it is removed from the
 * configuration: no signature is ever unverifiable.
 */
@ApplicationScoped
@Startup
public class Sleutelbos {

    private static final Logger LOG = Logger.getLogger(Sleutelbos.class);
    private static final ECParameterSpec P256 = p256();

    private record Sleutel(String kid, ECPrivateKey prive, EllipticCurveJsonWebKey publiek, Instant vanaf) {}

    private final List<Sleutel> sleutels;
    private final Map<String, Object> jwks;
    private final Clock clock;

    @Inject
    public Sleutelbos(WebhookConfig config, Clock clock) {
        this(config.sleutels(), clock);
    }

    Sleutelbos(Map<String, WebhookConfig.Sleutel> geconfigureerd, Clock clock) {
        this.clock = clock;
        List<Sleutel> lijst = new ArrayList<>();
        geconfigureerd.forEach((kid, sleutel) -> lijst.add(lees(kid, sleutel)));
        if (lijst.isEmpty()) {
            LOG.warn("No vraagwijzer.webhooks.sleutels: deliveries are signed with a key made at start, valid for"
                    + " this process only; configure keys when more than one replica runs");
            lijst.add(nieuw());
        }
        lijst.sort(Comparator.comparing(Sleutel::vanaf));
        this.sleutels = List.copyOf(lijst);
        this.jwks = jwks(sleutels);
    }

    /** {@code header..signature}: the JWS over {@code body}, with the payload left out. */
    public String onderteken(String body) {
        Sleutel sleutel = actief();
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(body);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            jws.setKeyIdHeaderValue(sleutel.kid());
            jws.setKey(sleutel.prive());
            return jws.getDetachedContentCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Signing a delivery failed", e);
        }
    }

    /** The public keys, as a JSON Web Key Set. */
    public Map<String, Object> jwks() {
        return jwks;
    }

    private Sleutel actief() {
        Instant nu = clock.instant();
        return sleutels.stream()
                .filter(sleutel -> !sleutel.vanaf().isAfter(nu))
                .reduce((eerder, later) -> later)
                .orElse(sleutels.get(0));
    }

    private static Map<String, Object> jwks(List<Sleutel> sleutels) {
        List<JsonWebKey> publiek = sleutels.stream()
                .map(Sleutel::publiek)
                .map(JsonWebKey.class::cast)
                .toList();
        try {
            return JsonUtil.parseJson(new JsonWebKeySet(publiek).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (JoseException e) {
            throw new IllegalStateException("The key set cannot be written", e);
        }
    }

    private static Sleutel lees(String kid, WebhookConfig.Sleutel sleutel) {
        try {
            byte[] der = Base64.getDecoder().decode(sleutel.prive().strip());
            ECPrivateKey prive =
                    (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            if (!P256.getOrder().equals(prive.getParams().getOrder())) {
                throw new GeneralSecurityException("not on curve P-256");
            }
            return new Sleutel(kid, prive, publiek(kid, publiekeSleutel(prive, der)), sleutel.vanaf());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "vraagwijzer.webhooks.sleutels." + kid + ".prive: not an EC P-256 private key in PKCS#8 DER,"
                            + " base64 (" + e.getMessage() + ")",
                    e);
        }
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static Sleutel nieuw() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair paar = generator.generateKeyPair();
            String kid = "vraagwijzer-" + Long.toString(System.currentTimeMillis(), 36);
            return new Sleutel(
                    kid, (ECPrivateKey) paar.getPrivate(), publiek(kid, (ECPublicKey) paar.getPublic()), Instant.EPOCH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static EllipticCurveJsonWebKey publiek(String kid, ECPublicKey publiek) {
        EllipticCurveJsonWebKey jwk = new EllipticCurveJsonWebKey(publiek);
        jwk.setKeyId(kid);
        jwk.setUse("sig");
        jwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        return jwk;
    }

    /**
     * The public key that PKCS#8 from OpenSSL carries inside the private key (RFC 5915's optional
     * {@code publicKey}, the last 65 bytes: {@code 04 || x || y}), checked by a signature made with
     * the one and verified with the other.
     */
    private static ECPublicKey publiekeSleutel(ECPrivateKey prive, byte[] der) throws GeneralSecurityException {
        int n = der.length;
        if (n < 67 || der[n - 66] != 0 || der[n - 65] != 4) {
            throw new GeneralSecurityException("the key does not carry its public key (make it with openssl pkcs8)");
        }
        ECPoint q = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(der, n - 64, n - 32)),
                new BigInteger(1, Arrays.copyOfRange(der, n - 32, n)));
        ECPublicKey publiek =
                (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(q, prive.getParams()));
        Signature ondertekenaar = Signature.getInstance("SHA256withECDSA");
        ondertekenaar.initSign(prive);
        ondertekenaar.update(der);
        byte[] handtekening = ondertekenaar.sign();
        Signature controleur = Signature.getInstance("SHA256withECDSA");
        controleur.initVerify(publiek);
        controleur.update(der);
        if (!controleur.verify(handtekening)) {
            throw new GeneralSecurityException("its public key does not belong to it");
        }
        return publiek;
    }
}
