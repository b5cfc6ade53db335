package nl.vraagwijzer.shared.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists as exports: CSV (RFC 4180, with a header, safe to open in a spreadsheet) or NDJSON (one JSON
 * object per line), written as the rows come, so nothing is collected in memory. Every feature's
 * export goes through here, so they quote, negotiate and end alike.
 */
@ApplicationScoped
public class Export {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    private final ObjectMapper json;
    private final CurrentVertxRequest huidig;

    public Export(ObjectMapper json, CurrentVertxRequest huidig) {
        this.json = json;
        this.huidig = huidig;
    }

    /** The export type the client prefers over JSON, if any. */
    public static Optional<String> gevraagd(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return Optional.of(CSV);
            }
            if (type.isCompatible(MediaType.valueOf(NDJSON)) && !type.isWildcardType()) {
                return Optional.of(NDJSON);
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the client asks for CSV only (a report that has no NDJSON form). */
    public static boolean vraagtCsv(HttpHeaders headers) {
        return gevraagd(headers).filter(CSV::equals).isPresent();
    }

    /** A sink for one export; {@link Schrijver#sluit()} flushes what is buffered. */
    public interface Schrijver<T> {
        void schrijf(T rij);

        void sluit();
    }

    /**
     * A 200 whose body is the rows {@code bron} hands to its consumer, in {@code formaat}: CSV with
     * {@code kolommen}, NDJSON with each row as JSON. When {@code bron} fails before anything was
     * sent (a refusal such as another team's list, or a failure in the first rows, which are still in
     * the buffer), the failure is answered as any other: its problem+json, on a connection that stays
     * usable. When it fails half-way the status line is long gone: a cut-off export must not end like
     * a complete one, so the connection is reset instead of sending the last chunk. (Resetting in
     * both cases raced the problem answer: a client sometimes got the 403, sometimes a closed
     * connection.)
     */
    public <T> Response stroom(String formaat, List<Kolom<T>> kolommen, Consumer<Consumer<T>> bron) {
        io.vertx.ext.web.RoutingContext verzoek = huidig.getCurrent();
        StreamingOutput body = uit -> {
            Schrijver<T> schrijver = schrijver(formaat, uit, kolommen);
            try {
                bron.accept(schrijver::schrijf);
                schrijver.sluit();
            } catch (RuntimeException afgebroken) {
                if (verzoek.response().headWritten()) {
                    verzoek.response().reset();
                }
                throw afgebroken;
            }
        };
        return Response.ok(body, formaat + (formaat.equals(CSV) ? ";charset=UTF-8" : ""))
                .build();
    }

    /** Writes rows to {@code uit}: CSV with {@code kolommen} (header first), or NDJSON. */
    public <T> Schrijver<T> schrijver(String formaat, OutputStream uit, List<Kolom<T>> kolommen) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(uit, StandardCharsets.UTF_8), 64 * 1024);
        if (NDJSON.equals(formaat)) {
            return new Schrijver<>() {
                @Override
                public void schrijf(T rij) {
                    run(() -> {
                        writer.write(json.writeValueAsString(rij));
                        writer.write('\n');
                    });
                }

                @Override
                public void sluit() {
                    run(writer::flush);
                }
            };
        }
        run(() -> regel(
                writer,
                kolommen.stream().map(Kolom::naam).map(Object.class::cast).toList()));
        return new Schrijver<>() {
            @Override
            public void schrijf(T rij) {
                run(() -> regel(
                        writer,
                        kolommen.stream()
                                .map(kolom -> kolom.waarde().apply(rij))
                                .toList()));
            }

            @Override
            public void sluit() {
                run(writer::flush);
            }
        };
    }

    private static final String FORMULETEKENS = "=+-@\t\r";

    private static void regel(Writer writer, List<Object> waarden) throws IOException {
        for (int i = 0; i < waarden.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csv(waarden.get(i)));
        }
        writer.write("\r\n");
    }

    private static String csv(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        // quote what could break the row, and what a spreadsheet would run as a formula (OWASP's
        // list of leading characters: = + - @, tab and carriage return)
        boolean formule = !tekst.isEmpty() && FORMULETEKENS.indexOf(tekst.charAt(0)) >= 0;
        if (formule) {
            tekst = "'" + tekst;
        }
        if (formule || tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
