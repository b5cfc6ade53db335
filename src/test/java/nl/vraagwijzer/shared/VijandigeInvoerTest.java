package nl.vraagwijzer.shared;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.support.ProblemAssertions.isProblem;
import static nl.vraagwijzer.support.SocialeKaartData.organisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vraagwijzer.support.Api;
import nl.vraagwijzer.support.RuweHttp;
import nl.vraagwijzer.support.Tokens;
import nl.vraagwijzer.support.VoordeurData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or broken client can send, answered with a 400 (or 401, 413, 414, 431) in
 * problem+json that names the cause, with nothing written. Each case here was a 500, a silent
 * change of the data or a bare status line before.
 */
@QuarkusTest
class VijandigeInvoerTest {

    @Nested
    class Tekst {

        @Test
        void nulInEenBodyWordtGeweigerd() {
            String naam = uniek("Nul");
            Map<String, Object> body = organisatie(naam);
            body.put("omschrijving", "voor\u0000na");
            isProblem(Api.als(BEHEERDER).body(body).post("/organisaties").then(), 400)
                    .body("detail", allOf(containsString("omschrijving"), containsString("U+0000")));
            ProblemDetailsTest.nietsGeschreven(naam);
        }

        @Test
        void losseSurrogaatInEenBodyWordtGeweigerdNietAlsVraagtekenOpgeslagen() {
            String naam = uniek("Surrogaat");
            // Jackson reads the escape \ud800 into a lone surrogate, which PostgreSQL would store as '?'
            String json = "{\"naam\": \"" + naam + "\", \"omschrijving\": \"a\\ud800b\"}";
            isProblem(Api.als(BEHEERDER).body(json).post("/organisaties").then(), 400)
                    .body("detail", allOf(containsString("omschrijving"), containsString("surrogaat")));
            ProblemDetailsTest.nietsGeschreven(naam);
        }

        @Test
        void nulInPadOfQueryWordtGeweigerd() {
            isProblem(
                            Api.als(BEHEERDER)
                                    .urlEncodingEnabled(false)
                                    .get("/organisaties/a%00b")
                                    .then(),
                            400)
                    .body("detail", containsString("U+0000"));
            isProblem(
                            Api.als(BEHEERDER)
                                    .urlEncodingEnabled(false)
                                    .get("/organisaties?naam=me%00e")
                                    .then(),
                            400)
                    .body("detail", allOf(containsString("naam"), containsString("U+0000")));
        }

        @Test
        void geenUtf8InDeQueryWordtGeweigerd() {
            // %ED%A0%80 is a surrogate encoded as UTF-8, %C3%28 an invalid sequence, %C0%80 an overlong NUL
            for (String waarde : List.of("%ED%A0%80", "%C3%28", "%C0%80")) {
                RuweHttp.Antwoord antwoord = RuweHttp.stuur("GET /v1/organisaties?naam=a" + waarde
                        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.voor(BEHEERDER));
                assertEquals(400, antwoord.status(), waarde);
                assertTrue(antwoord.isProblemJson(), waarde + ": " + antwoord.headers());
                assertTrue(antwoord.body().contains("naam"), antwoord.body());
            }
        }

        @Test
        void stuurtekenInEenHeaderWordtDoorDeHttpParserGeweigerd() {
            // Vert.x refuses these before any handler of ours runs, with a bare 400 and Connection:
            // close (Quarkus offers no hook for its invalid-request handler; see README)
            for (String waarde : List.of("a\u007fb", "a\u0001b", "a\u0000b")) {
                RuweHttp.Antwoord antwoord = RuweHttp.stuur("GET /v1/organisaties HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + Tokens.voor(BEHEERDER) + "\r\nX-Doelbinding: " + waarde);
                assertEquals(400, antwoord.status(), antwoord.headers());
            }
            // and so is a percent sign without two hex digits in the request line
            assertEquals(
                    400,
                    RuweHttp.stuur(
                                    "GET /v1/organisaties?naam=a%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                            + Tokens.voor(BEHEERDER))
                            .status());
        }
    }

    @Nested
    class Datums {

        @Test
        void eenJaarBuitenHetBereikInEenBodyWordtGeweigerd() {
            for (String datum : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01")) {
                Map<String, Object> body = VoordeurData.inwoner(VoordeurData.nieuwBsn());
                body.put("geboortedatum", datum);
                isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/inwoners").then(), 400)
                        .body("detail", allOf(containsString("geboortedatum"), containsString("9999")));
            }
        }

        @Test
        void eenJaarBuitenHetBereikInDeQueryWordtGeweigerd() {
            isProblem(
                            Api.alsOrganisatie(RAPPORTAGE, UUID.randomUUID())
                                    .queryParam("vanaf", "+999999999-01-01")
                                    .get("/rapportages/zelfredzaamheid")
                                    .then(),
                            400)
                    .body("detail", containsString("vanaf"));
        }
    }

    @Nested
    class Lijsten {

        @Test
        void nullInEenLijstWordtGeweigerd() {
            UUID inwoner = VoordeurData.maakInwoner();
            Map<String, Object> body =
                    new java.util.HashMap<>(VoordeurData.hulpvraag(inwoner, "team-x", "participatie"));
            body.put("leefgebieden", java.util.Arrays.asList("financien", null));
            isProblem(Api.als(BALIEMEDEWERKER).body(body).post("/hulpvragen").then(), 400)
                    .body("detail", allOf(containsString("leefgebieden[1]"), containsString("null")));
        }
    }

    @Nested
    class Cursors {

        @Test
        void eenCursorMetEenMisvormdeWaardeWordtGeweigerd() {
            for (String waarde : List.of("geen-tijdstip", "+999999999-01-01T00:00:00Z")) {
                String cursor = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                ("-aangemaaktOp|" + waarde + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
                isProblem(
                                Api.als(BALIEMEDEWERKER)
                                        .queryParam("cursor", cursor)
                                        .get("/hulpvragen")
                                        .then(),
                                400)
                        .body("detail", containsString("cursor"));
            }
        }
    }

    @Nested
    class Links {

        @Test
        void deHostHeaderBepaaltGeenLinksEnForwardedAlleenVanEenProxy() {
            // no public URL in the test profile: links name the address the connection reached
            for (String header : List.of("Host", "X-Forwarded-Host")) {
                Api.als(BEHEERDER)
                        .header(header, "aanvaller.example.com")
                        .header("X-Forwarded-Proto", "https")
                        .body(organisatie(uniek("Links")))
                        .post("/organisaties")
                        .then()
                        .statusCode(201)
                        .header("Location", org.hamcrest.Matchers.startsWith("http://127.0.0.1:"));
            }
        }
    }

    @Nested
    class Grenzen {

        @Test
        void eenTeLangeUriIsProblemJson() {
            RuweHttp.Antwoord antwoord = RuweHttp.stuur("GET /v1/organisaties?naam=" + "a".repeat(9000)
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.voor(BEHEERDER));
            assertEquals(414, antwoord.status(), antwoord.headers());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
        }

        @Test
        void teGroteHeadersZijnProblemJson() {
            RuweHttp.Antwoord antwoord = RuweHttp.stuur("GET /v1/organisaties HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.voor(BEHEERDER) + "\r\nX-Opvulling: " + "a".repeat(20_000));
            assertEquals(431, antwoord.status(), antwoord.headers());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
        }

        @Test
        void eenTeGroteChunkedBodyIsProblemJson() {
            RuweHttp.Antwoord antwoord = RuweHttp.stuur(
                    "POST /v1/organisaties HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\nAuthorization: Bearer " + Tokens.voor(BEHEERDER),
                    RuweHttp.chunked(2 * 1024 * 1024));
            assertEquals(413, antwoord.status(), antwoord.headers());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
        }

        /**
         * The outside probe's case: a chunked JSON body whose one field outgrows the limit. The limit
         * is met while Jackson reads that field; the answer is still the size, not the field.
         */
        @Test
        void eenTeGroteChunkedJsonBodyIs413OokMiddenInEenVeld() {
            String json = "{\"voornamen\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"achternaam\":\"Groot\"}";
            RuweHttp.Antwoord antwoord = RuweHttp.stuur(
                    "POST /v1/inwoners HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\nAuthorization: Bearer " + Tokens.voor(BALIEMEDEWERKER),
                    RuweHttp.chunked(json.getBytes(StandardCharsets.UTF_8)));
            assertEquals(413, antwoord.status(), antwoord.headers() + antwoord.body());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
            assertTrue(antwoord.body().contains("groter dan 1048576 bytes"), antwoord.body());
        }

        @Test
        void eenBodyZonderContentTypeIs415EnWordtNietGeschreven() {
            String naam = uniek("ZonderType");
            byte[] json = ("{\"naam\":\"" + naam + "\"}").getBytes(StandardCharsets.UTF_8);
            RuweHttp.Antwoord antwoord = RuweHttp.stuur(
                    "POST /v1/organisaties HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + json.length
                            + "\r\nAuthorization: Bearer " + Tokens.voor(BEHEERDER),
                    json);
            assertEquals(415, antwoord.status(), antwoord.headers() + antwoord.body());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
            assertTrue(antwoord.body().contains("Content-Type"), antwoord.body());
            ProblemDetailsTest.nietsGeschreven(naam);
        }

        @Test
        void eenInwonerZonderContentTypeIs415EnDaarnaNogNieuw() throws Exception {
            Map<String, Object> inwoner = VoordeurData.inwoner(VoordeurData.nieuwBsn());
            byte[] json = new ObjectMapper().writeValueAsBytes(inwoner);
            RuweHttp.Antwoord chunked = RuweHttp.stuur(
                    "POST /v1/inwoners HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked"
                            + "\r\nAuthorization: Bearer " + Tokens.voor(BALIEMEDEWERKER),
                    RuweHttp.chunked(json));
            assertEquals(415, chunked.status(), chunked.headers() + chunked.body());
            assertTrue(chunked.isProblemJson(), chunked.headers());
            // nothing was written: the same resident with the right header is new (a second one is 409)
            Api.als(BALIEMEDEWERKER).body(inwoner).post("/inwoners").then().statusCode(201);
        }

        @Test
        void tweeAuthorizationHeadersZijn401() {
            RuweHttp.Antwoord antwoord = RuweHttp.stuur("GET /v1/organisaties HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.voor(BEHEERDER) + "\r\nAuthorization: Bearer nep");
            assertEquals(401, antwoord.status(), antwoord.headers());
            assertTrue(antwoord.isProblemJson(), antwoord.headers());
            assertTrue(antwoord.headers().contains("www-authenticate: bearer"), antwoord.headers());
        }
    }
}
