package nl.vraagwijzer.gebeurtenissen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allowlist compares parsed URLs; each refused address here passed the old textual prefix check. */
class WebhookadressenTest {

    private final Webhookadressen lijst =
            new Webhookadressen(List.of("http://localhost:*", "https://hooks.partner.example.nl/vraagwijzer"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/webhook",
                "http://LOCALHOST:1/",
                "https://hooks.partner.example.nl/vraagwijzer",
                "https://hooks.partner.example.nl:443/vraagwijzer/gebeurtenissen?x=1"
            })
    void toegestaan(String url) {
        assertTrue(lijst.weigering(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:@127.0.0.2:9000/webhook",
                "http://localhost:9000@127.0.0.2/",
                "http://user:pass@localhost:9000/",
                "https://hooks.partner.example.nl/vraagwijzer/../admin",
                "https://hooks.partner.example.nl/vraagwijzer/%2e%2e/admin",
                "https://hooks.partner.example.nl/vraagwijzer/.%2E/admin",
                "https://hooks.partner.example.nl/vraagwijzer%2f..%2fadmin",
                "https://hooks.partner.example.nl/vraagwijzerkwaad",
                "https://hooks.partner.example.nl.evil.example/vraagwijzer",
                "http://hooks.partner.example.nl/vraagwijzer",
                "https://hooks.partner.example.nl:8443/vraagwijzer",
                "http://localhost.evil.example:80/",
                "http://127.0.0.1:9000/",
                "file:///etc/passwd",
                "http://localhost:9000/#fragment",
                "geen url"
            })
    void geweigerd(String url) {
        assertFalse(lijst.weigering(url).isEmpty(), url);
    }
}
