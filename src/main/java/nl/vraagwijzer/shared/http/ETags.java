package nl.vraagwijzer.shared.http;

import jakarta.ws.rs.core.EntityTag;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * Optimistic concurrency over HTTP: the ETag is the entity's version, and a change must name the
 * version it was based on in {@code If-Match} (RFC 9110 section 13.1.1).
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a client based its change on.
     *
     * @throws ApiProblem 428 when {@code If-Match} is missing, 412 when it names no version of ours
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired(
                    "Stuur de ETag van de laatst gelezen versie mee in de header If-Match.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiProblem.preconditionFailed("If-Match " + ifMatch.trim() + " is geen versie van deze resource.");
        }
    }

    /** Refuses a change based on another version than the current one. */
    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw ApiProblem.preconditionFailed("If-Match noemt versie " + expected + ", de huidige versie is "
                    + current + ". Lees de resource opnieuw en pas je wijziging daarop toe.");
        }
    }
}
