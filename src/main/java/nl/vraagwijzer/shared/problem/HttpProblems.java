package nl.vraagwijzer.shared.problem;

import jakarta.ws.rs.WebApplicationException;

/** Details for the HTTP-level refusals of the REST layer (unknown path, method, media type). */
final class HttpProblems {

    private HttpProblems() {}

    static String detail(WebApplicationException exception) {
        return switch (exception.getResponse().getStatus()) {
            case 400 -> "De request is ongeldig.";
            case 404 -> Problems.NO_RESOURCE;
            case 405 -> "Deze methode is niet toegestaan op dit pad.";
            case 406 -> "Deze operatie levert alleen application/json (fouten als application/problem+json).";
            case 413 -> "De request body is groter dan toegestaan.";
            case 415 -> "De request body moet application/json zijn.";
            default -> "De request kon niet worden verwerkt.";
        };
    }
}
