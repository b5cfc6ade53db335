package nl.vraagwijzer.support;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builders for residents and questions, made through the API as the desk would. */
public final class VoordeurData {

    private static final AtomicLong VOLGNUMMER = new AtomicLong(System.nanoTime() % 10_000_000);

    private VoordeurData() {}

    /** A BSN nobody else in this test run has, passing the elfproef. */
    public static String nieuwBsn() {
        while (true) {
            String kandidaat = String.format("%09d", (VOLGNUMMER.incrementAndGet() * 7919) % 1_000_000_000L);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (kandidaat.charAt(i) - '0');
            }
            som -= kandidaat.charAt(8) - '0';
            if (som != 0 && som % 11 == 0) {
                return kandidaat;
            }
        }
    }

    public static Map<String, Object> inwoner(String bsn) {
        Map<String, Object> body = new HashMap<>();
        body.put("voornamen", "Fatima");
        body.put("achternaam", "El Amrani");
        body.put("geboortedatum", "1984-03-17");
        if (bsn != null) {
            body.put("bsn", bsn);
        }
        body.put(
                "adres",
                Map.of(
                        "straat",
                        "Bosboom Toussaintstraat",
                        "huisnummer",
                        12,
                        "postcode",
                        "3317 ab",
                        "plaats",
                        "Dordrecht"));
        body.put("telefoonnummer", "06 1234 5678");
        body.put("voorkeurstaal", "nl");
        return body;
    }

    public static UUID maakInwoner() {
        return maakInwoner(nieuwBsn());
    }

    public static UUID maakInwoner(String bsn) {
        return UUID.fromString(Api.als(BALIEMEDEWERKER)
                .body(inwoner(bsn))
                .post("/inwoners")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static Map<String, Object> hulpvraag(UUID inwonerId, String team, String wettelijkKader) {
        Map<String, Object> body = new HashMap<>();
        body.put("inwonerId", inwonerId.toString());
        body.put("kanaal", "balie");
        body.put("omschrijving", "Ik zoek werk, maar de rekeningen stapelen zich op.");
        body.put("leefgebieden", List.of("werk-en-opleiding", "financien"));
        body.put("wettelijkKader", wettelijkKader);
        body.put("team", team);
        return body;
    }

    public static UUID maakHulpvraag(UUID inwonerId, String team) {
        return maakHulpvraag(inwonerId, team, "participatie");
    }

    public static UUID maakHulpvraag(UUID inwonerId, String team, String wettelijkKader) {
        return UUID.fromString(Api.als(BALIEMEDEWERKER)
                .body(hulpvraag(inwonerId, team, wettelijkKader))
                .post("/hulpvragen")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static String uniekTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
