package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.vraagwijzer.shared.http.HttpConfig;

/**
 * The only place that calls out to partners: the registration handshake of the NL GOV webhook
 * guideline and the signed POST of a delivery. Never inside a database transaction (ADR 0012).
 */
@ApplicationScoped
public class Webhookverbinding {

    public static final String HANDTEKENING = "X-Vraagwijzer-Handtekening";
    public static final String JWS = "X-Vraagwijzer-JWS";

    /** What a receiver answered; {@code status} null when it did not answer at all. */
    record Poging(Integer status, String fout, Optional<Duration> opnieuwNa) {
        boolean gelukt() {
            return status != null && status >= 200 && status < 300;
        }

        String reden() {
            return fout == null ? "HTTP " + status : fout;
        }
    }

    /** What the handshake agreed: refused with a reason, or allowed with the rate the receiver allows. */
    record Handdruk(Optional<String> weigering, Integer verzoekfrequentie) {}

    private final WebhookConfig config;
    private final Webhookadressen adressen;
    private final Sleutelbos sleutels;
    private final Clock clock;
    private final HttpClient http;
    private final String origin;

    public Webhookverbinding(
            WebhookConfig config, Webhookadressen adressen, Sleutelbos sleutels, HttpConfig httpConfig, Clock clock) {
        this.config = config;
        this.adressen = adressen;
        this.sleutels = sleutels;
        this.clock = clock;
        // HTTP/1.1: no h2c upgrade attempt on plain http, which receivers that do not speak it can stall on
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.origin = config.origin()
                .or(() -> httpConfig.publiekeUrl().map(URI::getHost))
                .orElse("localhost");
    }

    /**
     * The abuse-protection handshake: {@code OPTIONS} with {@code WebHook-Request-Origin} (and
     * {@code WebHook-Request-Rate}); allowed only by a 2xx with a matching
     * {@code WebHook-Allowed-Origin} (ours or {@code *}).
     */
    Handdruk handdruk(String callbackUrl, Integer verzoekfrequentie) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(callbackUrl))
                .timeout(config.timeout())
                .header("WebHook-Request-Origin", origin)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        if (verzoekfrequentie != null) {
            verzoek.header("WebHook-Request-Rate", verzoekfrequentie.toString());
        }
        HttpResponse<Void> antwoord;
        try {
            antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Handdruk(Optional.of("de handdruk werd onderbroken"), null);
        } catch (Exception e) {
            return new Handdruk(Optional.of("de ontvanger antwoordde niet op de handdruk (" + fout(e) + ")"), null);
        }
        if (antwoord.statusCode() < 200 || antwoord.statusCode() >= 300) {
            return new Handdruk(
                    Optional.of("de ontvanger antwoordde " + antwoord.statusCode() + " op de handdruk (OPTIONS)"),
                    null);
        }
        Optional<String> toegestaan = antwoord.headers().firstValue("WebHook-Allowed-Origin");
        if (toegestaan.isEmpty()
                || !(toegestaan.get().equals("*") || toegestaan.get().equalsIgnoreCase(origin))) {
            return new Handdruk(
                    Optional.of("de ontvanger stond de origin " + origin
                            + " niet toe (WebHook-Allowed-Origin ontbreekt of wijkt af)"),
                    null);
        }
        return new Handdruk(Optional.empty(), toegestaneFrequentie(verzoekfrequentie, antwoord));
    }

    /** The lower of what was asked and what the receiver allows ({@code WebHook-Allowed-Rate}). */
    private static Integer toegestaneFrequentie(Integer gevraagd, HttpResponse<Void> antwoord) {
        Optional<Integer> toegestaan = antwoord.headers()
                .firstValue("WebHook-Allowed-Rate")
                .filter(waarde -> waarde.matches("[1-9][0-9]{0,5}"))
                .map(Integer::valueOf);
        if (gevraagd == null) {
            return toegestaan.orElse(null);
        }
        return toegestaan.map(waarde -> Math.min(waarde, gevraagd)).orElse(gevraagd);
    }

    /** One signed POST, outside any transaction: the receiver may take as long as the timeout allows. */
    Poging verstuur(String callbackUrl, String geheim, String mediaType, String body, Map<String, String> extra) {
        Optional<String> geweigerd = adressen.weigering(callbackUrl);
        if (geweigerd.isPresent()) {
            return new Poging(null, "adres " + geweigerd.get(), Optional.empty());
        }
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(callbackUrl))
                .timeout(config.timeout())
                .header("Content-Type", mediaType)
                .header(HANDTEKENING, "sha256=" + hmac(geheim, body))
                .header(JWS, sleutels.onderteken(body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        extra.forEach(verzoek::header);
        try {
            HttpResponse<Void> antwoord = http.send(verzoek.build(), HttpResponse.BodyHandlers.discarding());
            return new Poging(
                    antwoord.statusCode(),
                    null,
                    antwoord.headers().firstValue("Retry-After").flatMap(this::wachtTot));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poging(null, "onderbroken", Optional.empty());
        } catch (Exception e) {
            return new Poging(null, fout(e), Optional.empty());
        }
    }

    /** {@code Retry-After}: seconds, or an HTTP date. */
    private Optional<Duration> wachtTot(String waarde) {
        if (waarde.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(waarde)));
        }
        try {
            Duration tot = Duration.between(
                    clock.instant(), ZonedDateTime.parse(waarde, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(tot.isNegative() ? Duration.ZERO : tot);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String fout(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static String hmac(String geheim, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
