package nl.vraagwijzer.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** What every error answer must be: RFC 9457 problem+json with the status in body and header line. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("API-Version", Contractcontrole.VERSIE)
                .body("type", is("about:blank"))
                .body("status", is(status))
                .body("title", not(equalTo("")))
                .body("detail", not(equalTo("")));
    }
}
