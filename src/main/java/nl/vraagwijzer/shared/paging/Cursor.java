package nl.vraagwijzer.shared.paging;

import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;
import nl.vraagwijzer.shared.invoer.Invoerregels;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * A keyset cursor: the sort key, the last row's value of it and the last row's id. Opaque to
 * clients (base64url); the next page starts after this row, so walking a large result costs the
 * same per page however deep it goes, and rows added meanwhile are neither skipped nor repeated.
 */
public record Cursor(String sleutel, String waarde, UUID id) {

    public String encode() {
        String raw = sleutel + "|" + waarde + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The last row's sort value, read with {@code parse}. A cursor is client input like any other:
     * a value that does not parse, or a date the database cannot compare, is the client's 400.
     */
    public <T> T waarde(Function<String, T> parse) {
        try {
            T gelezen = parse.apply(waarde);
            if (gelezen instanceof TemporalAccessor datum && !Invoerregels.inBereik(datum)) {
                throw new IllegalArgumentException("out of range");
            }
            return gelezen;
        } catch (RuntimeException e) {
            throw ongeldig();
        }
    }

    private static ApiProblem ongeldig() {
        return ApiProblem.badRequest("cursor: ongeldig; gebruik de next-link van de vorige pagina.");
    }

    /** @throws ApiProblem 400 when the text is not a cursor this service handed out */
    public static Cursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw ongeldig();
        }
    }
}
