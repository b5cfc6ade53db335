package nl.vraagwijzer.shared.invoer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * What any text or date from a client must satisfy before it gets near the database, for bodies,
 * paths, query parameters, headers and cursors alike (one rule, applied at the boundary).
 *
 * <p>PostgreSQL refuses U+0000 in text and stores a lone UTF-16 surrogate as {@code ?}; it cannot
 * store or compare dates far outside the calendar (the JSON reader accepts years up to
 * ±999,999,999). The service accepts the years 1 to 9999, the range of ISO 8601 without expansion.
 */
public final class Invoerregels {

    public static final int MIN_JAAR = 1;
    public static final int MAX_JAAR = 9999;

    /** What the dates and times of the service look like, for "verwacht ..." in a problem detail. */
    public static final String DATUM_VERWACHT =
            "een datum of tijdstip (ISO 8601) tussen de jaren " + MIN_JAAR + " en " + MAX_JAAR;

    private Invoerregels() {}

    /**
     * Why this text cannot be stored, if it cannot: a NUL, another C0 control character where
     * {@code regeleinden} does not allow it, or a lone surrogate.
     */
    public static Optional<String> tekstfout(CharSequence tekst, boolean regeleinden) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == 0) {
                return Optional.of("bevat het teken U+0000 (NUL)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("bevat een losse UTF-16-surrogaat (U+" + hex(c) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("bevat een losse UTF-16-surrogaat (U+" + hex(c) + ")");
            }
            if (!regeleinden && (c < 0x20 || c == 0x7f) && c != '\t') {
                return Optional.of("bevat het stuurteken U+" + hex(c));
            }
        }
        return Optional.empty();
    }

    /**
     * Why a percent-encoded part of a URI (a path or a query parameter, raw as the client sent it)
     * cannot be used, if it cannot: an invalid escape, bytes that are no UTF-8 (an encoded
     * surrogate, an overlong form), or a decoded text that {@link #tekstfout} refuses.
     */
    public static Optional<String> urlfout(String raw) {
        if (raw.indexOf('%') < 0) {
            return tekstfout(raw, false);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hoog = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int laag = hoog >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (laag < 0) {
                    return Optional.of("bevat een ongeldige %-codering");
                }
                bytes.write(hoog * 16 + laag);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            CharBuffer tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return tekstfout(tekst, false);
        } catch (CharacterCodingException e) {
            return Optional.of("is geen geldige UTF-8");
        }
    }

    /** Whether a date or time lies in the years the service can store and compare. */
    public static boolean inBereik(TemporalAccessor waarde) {
        if (waarde instanceof Instant instant) {
            return !instant.isBefore(GRENS_VAN) && !instant.isAfter(GRENS_TOT);
        }
        if (!waarde.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int jaar = waarde.get(ChronoField.YEAR);
        return jaar >= MIN_JAAR && jaar <= MAX_JAAR;
    }

    private static final Instant GRENS_VAN =
            LocalDate.of(MIN_JAAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant GRENS_TOT =
            LocalDate.of(MAX_JAAR, 12, 31).atTime(23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC);

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
