package nl.vraagwijzer.shared.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for residents in reports: HMAC-SHA256 of the id with a secret key. The same
 * resident always gets the same pseudonym in every feature's export, so scripts can count people
 * and join the open-case list to the outreach work list, but without the key the pseudonym cannot
 * be traced back.
 */
@ApplicationScoped
public class Pseudoniemen {

    private final SecretKeySpec sleutel;

    public Pseudoniemen(ExportConfig config) {
        this.sleutel = new SecretKeySpec(config.pseudoniemSleutel().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String van(UUID inwonerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            byte[] hash = mac.doFinal(inwonerId.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
