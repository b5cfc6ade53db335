package nl.vraagwijzer.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on this machine over real HTTP: it answers the registration handshake as the
 * NL GOV webhook guideline asks (or refuses it), answers deliveries with the status the test sets
 * (with headers such as {@code Retry-After}), and records everything it was sent.
 */
public final class CloudEventOntvanger implements AutoCloseable {

    /** One request as received, with the status it was answered with. */
    public record Verzoek(
            String methode, String pad, Map<String, List<String>> headers, String body, int antwoord, Instant tijd) {

        public String header(String naam) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(naam))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public boolean geaccepteerd() {
            return antwoord >= 200 && antwoord < 300;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile Map<String, String> antwoordheaders = Map.of();
    private volatile String toegestaneOrigin = "*";
    private volatile String toegestaneFrequentie;
    private volatile long vertragingMs;

    public CloudEventOntvanger() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::behandel);
        server.start();
    }

    public String url(String pad) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pad;
    }

    /** Deliveries from now on are answered with {@code status} and these headers. */
    public void antwoord(int status, Map<String, String> headers) {
        this.status = status;
        this.antwoordheaders = Map.copyOf(headers);
    }

    /** Every delivery is answered only after this long. */
    public void vertraag(java.time.Duration vertraging) {
        this.vertragingMs = vertraging.toMillis();
    }

    public void antwoord(int status) {
        antwoord(status, Map.of());
    }

    /** The handshake's answer: this {@code WebHook-Allowed-Origin} (null: none) and optionally a rate. */
    public void handdruk(String origin, String frequentie) {
        this.toegestaneOrigin = origin;
        this.toegestaneFrequentie = frequentie;
    }

    /** Every request to {@code pad}, in the order they arrived. */
    public List<Verzoek> verzoeken(String pad) {
        return verzoeken.stream().filter(v -> v.pad().equals(pad)).toList();
    }

    /** The deliveries to {@code pad} it accepted (answered 2xx). */
    public List<Verzoek> geaccepteerd(String pad) {
        return verzoeken(pad).stream()
                .filter(v -> v.methode().equals("POST") && v.geaccepteerd())
                .toList();
    }

    /** Every delivery attempt to {@code pad}, whatever it was answered. */
    public List<Verzoek> pogingen(String pad) {
        return verzoeken(pad).stream().filter(v -> v.methode().equals("POST")).toList();
    }

    private void behandel(HttpExchange uitwisseling) throws IOException {
        try (uitwisseling) {
            String body = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String methode = uitwisseling.getRequestMethod();
            int antwoord;
            if (methode.equals("OPTIONS")) {
                antwoord = 200;
                if (toegestaneOrigin != null) {
                    uitwisseling.getResponseHeaders().add("WebHook-Allowed-Origin", toegestaneOrigin);
                }
                if (toegestaneFrequentie != null) {
                    uitwisseling.getResponseHeaders().add("WebHook-Allowed-Rate", toegestaneFrequentie);
                }
            } else {
                if (vertragingMs > 0) {
                    try {
                        Thread.sleep(vertragingMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                antwoord = status;
                antwoordheaders.forEach(uitwisseling.getResponseHeaders()::add);
            }
            verzoeken.add(new Verzoek(
                    methode,
                    uitwisseling.getRequestURI().getPath(),
                    Map.copyOf(uitwisseling.getRequestHeaders()),
                    body,
                    antwoord,
                    Instant.now()));
            uitwisseling.sendResponseHeaders(antwoord, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
