package nl.vraagwijzer.gebeurtenissen;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The allowlist of webhook addresses, compared on the parsed URL rather than as text: scheme, host
 * and port must be equal and the normalised path must lie under the entry's path, segment by
 * segment. A URL with userinfo ({@code http://localhost:@10.0.0.2/}), a {@code ..} or {@code .}
 * segment (also percent-encoded), a fragment or no host at all is refused
 * whatever the list says. An entry {@code http://localhost:*} allows every port of that host.
 */
@Singleton
final class Webhookadressen {

    private record Adres(String scheme, String host, int port, String pad) {}

    private final List<Adres> toegestaan;

    /** The allowlist of {@code vraagwijzer.webhooks.toegestaan}, parsed once. */
    @Inject
    Webhookadressen(WebhookConfig config) {
        this(config.toegestaan().orElse(List.of()));
    }

    Webhookadressen(List<String> toegestaan) {
        this.toegestaan = toegestaan.stream().map(Webhookadressen::invoer).toList();
    }

    /** Why this callback URL may not be called, if it may not. */
    Optional<String> weigering(String url) {
        Adres adres;
        try {
            adres = adres(url);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        boolean op = toegestaan.stream()
                .anyMatch(entry -> entry.scheme().equals(adres.scheme())
                        && entry.host().equals(adres.host())
                        && (entry.port() == ELKE_POORT || entry.port() == adres.port())
                        && onder(adres.pad(), entry.pad()));
        return op ? Optional.empty() : Optional.of("staat niet op de lijst van toegestane adressen");
    }

    private static final int ELKE_POORT = -2;

    private static boolean onder(String pad, String basis) {
        if (basis.isEmpty() || basis.equals("/")) {
            return true;
        }
        String zonderSlash = basis.endsWith("/") ? basis.substring(0, basis.length() - 1) : basis;
        return pad.equals(zonderSlash) || pad.startsWith(zonderSlash + "/");
    }

    private static Adres invoer(String entry) {
        String tekst = entry.trim();
        boolean elkePoort = tekst.matches("^[a-zA-Z]+://[^/:@]+:\\*?(/.*)?$");
        if (elkePoort) {
            tekst = tekst.replaceFirst("^([a-zA-Z]+://[^/:]+):\\*?", "$1");
        }
        Adres adres = adres(tekst);
        return elkePoort ? new Adres(adres.scheme(), adres.host(), ELKE_POORT, adres.pad()) : adres;
    }

    private static Adres adres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is geen geldige URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("moet een http- of https-URL zijn");
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawAuthority() == null
                || uri.getRawAuthority().contains("@")) {
            throw new IllegalArgumentException("mag geen gebruikersnaam of wachtwoord bevatten");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("heeft geen geldige host");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("mag geen fragment (#) bevatten");
        }
        String pad = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : pad.split("/", -1)) {
            String gedecodeerd = segment.replaceAll("(?i)%2e", ".");
            if (gedecodeerd.equals(".")
                    || gedecodeerd.equals("..")
                    || segment.matches("(?i).*%2f.*|.*%5c.*")
                    || segment.contains("\\")) {
                throw new IllegalArgumentException("mag geen . of .. als padsegment bevatten");
            }
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Adres(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, pad);
    }
}
