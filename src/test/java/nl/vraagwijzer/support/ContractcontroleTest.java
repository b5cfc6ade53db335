package nl.vraagwijzer.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** The response check in every REST Assured test would notice a service that drifts from the contract. */
class ContractcontroleTest {

    private static final OpenApiInteractionValidator VALIDATOR = Contractcontrole.validator();
    private static final String ORGANISATIE = "/v1/organisaties/00000000-0000-4000-8000-000000000001";

    private static ValidationReport antwoord(int status, String contentType, String body) {
        return VALIDATOR.validateResponse(
                ORGANISATIE,
                Request.Method.GET,
                SimpleResponse.Builder.status(status)
                        .withContentType(contentType)
                        .withHeader("API-Version", Contractcontrole.VERSIE)
                        .withHeader("ETag", "\"0\"")
                        .withBody(body)
                        .build());
    }

    @Test
    void eenAntwoordVolgensHetContractIsGoed() {
        ValidationReport rapport = antwoord(
                200,
                "application/json",
                """
                {"id":"00000000-0000-4000-8000-000000000001","naam":"MEE Drechtsteden","gemeenten":["GM0505"],
                 "aangemaaktOp":"2026-01-01T10:00:00Z","gewijzigdOp":"2026-01-01T10:00:00Z"}""");
        assertFalse(rapport.hasErrors(), rapport.toString());
    }

    @Test
    void eenVeldVanHetVerkeerdeTypeValtOp() {
        ValidationReport rapport = antwoord(
                200,
                "application/json",
                """
                {"id":"00000000-0000-4000-8000-000000000001","naam":42,"gemeenten":["GM0505"],
                 "aangemaaktOp":"2026-01-01T10:00:00Z","gewijzigdOp":"2026-01-01T10:00:00Z"}""");
        assertTrue(rapport.hasErrors(), rapport.toString());
    }

    @Test
    void eenOngedocumenteerdeStatusValtOp() {
        ValidationReport rapport = antwoord(418, "application/problem+json", "{}");
        assertTrue(rapport.hasErrors(), rapport.toString());
    }

    @Test
    void eenOnbekendPadValtOp() {
        ValidationReport rapport = VALIDATOR.validateResponse(
                "/v1/bestaat-niet",
                Request.Method.GET,
                SimpleResponse.Builder.ok().withBody("{}").build());
        assertTrue(rapport.hasErrors(), rapport.toString());
    }
}
