package nl.vraagwijzer.shared.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * A failure the client can act on, answered as RFC 9457 problem details by {@link ProblemMappers}.
 * Services throw it; resources never build error responses themselves.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String location;
    private final Long retryAfter;

    public ApiProblem(int status, String detail) {
        this(status, detail, null, null);
    }

    private ApiProblem(int status, String detail, String location, Long retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.location = location;
        this.retryAfter = retryAfter;
    }

    /** 429, with the seconds after which the client may try again ({@code Retry-After}). */
    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(429, detail, null, retryAfterSeconds);
    }

    /** 503, with the seconds after which the client may try again ({@code Retry-After}). */
    public static ApiProblem unavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(503, detail, null, retryAfterSeconds);
    }

    public java.util.Optional<Long> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    /**
     * The same problem pointing at a resource, such as the existing resident behind a duplicate
     * BSN; {@code path} is relative to {@code /v1/}.
     */
    public ApiProblem withLocation(String path) {
        return new ApiProblem(status, detail(), path, retryAfter);
    }

    public java.util.Optional<String> location() {
        return java.util.Optional.ofNullable(location);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(Status.BAD_REQUEST.getStatusCode(), detail);
    }

    public static ApiProblem notFound(String soort, Object id) {
        return new NietGevonden(soort, id);
    }

    /** A 404 for an object by its id: what kind, and which id (for the refusal log of another gemeente). */
    public static final class NietGevonden extends ApiProblem {

        private final String soort;
        private final Object id;

        private NietGevonden(String soort, Object id) {
            super(Status.NOT_FOUND.getStatusCode(), soort + " " + id + " bestaat niet.");
            this.soort = soort;
            this.id = id;
        }

        public String soort() {
            return soort;
        }

        public Object id() {
            return id;
        }
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(Status.CONFLICT.getStatusCode(), detail);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(Status.PRECONDITION_FAILED.getStatusCode(), detail);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, detail);
    }
}
