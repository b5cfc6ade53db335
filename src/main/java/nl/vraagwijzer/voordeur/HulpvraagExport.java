package nl.vraagwijzer.voordeur;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.vraagwijzer.api.model.HulpvraagDto;

/**
 * Writes questions as they stream from the database: CSV (RFC 4180, with a header) or NDJSON
 * (one JSON object per line). Nothing is collected in memory.
 */
@ApplicationScoped
public class HulpvraagExport {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    private record Kolom(String naam, Function<HulpvraagDto, Object> waarde) {}

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("id", HulpvraagDto::getId),
            new Kolom("inwonerId", HulpvraagDto::getInwonerId),
            new Kolom("inwonerPseudoniem", HulpvraagDto::getInwonerPseudoniem),
            new Kolom("kanaal", HulpvraagDto::getKanaal),
            new Kolom(
                    "leefgebieden",
                    dto -> String.join(
                            ";",
                            dto.getLeefgebieden().stream().map(Object::toString).toList())),
            new Kolom("wettelijkKader", HulpvraagDto::getWettelijkKader),
            new Kolom("urgentie", HulpvraagDto::getUrgentie),
            new Kolom("team", HulpvraagDto::getTeam),
            new Kolom("medewerker", HulpvraagDto::getMedewerker),
            new Kolom("status", HulpvraagDto::getStatus),
            new Kolom("afsluitreden", HulpvraagDto::getAfsluitreden),
            new Kolom("wijk", HulpvraagDto::getWijk),
            new Kolom("registratieDatum", HulpvraagDto::getRegistratieDatum),
            new Kolom("termijnDatum", HulpvraagDto::getTermijnDatum),
            new Kolom("termijnVerlopen", HulpvraagDto::getTermijnVerlopen),
            new Kolom("aangemaaktOp", HulpvraagDto::getAangemaaktOp),
            new Kolom("gewijzigdOp", HulpvraagDto::getGewijzigdOp),
            new Kolom("omschrijving", HulpvraagDto::getOmschrijving));

    private final ObjectMapper json;

    public HulpvraagExport(ObjectMapper json) {
        this.json = json;
    }

    /** A sink for one export; {@link Schrijver#sluit()} flushes what is buffered. */
    public interface Schrijver {
        void schrijf(HulpvraagDto rij);

        void sluit();
    }

    /** @param pseudoniem whether rows are pseudonymised: their personal columns are left out */
    public Schrijver schrijver(String mediaType, OutputStream uit, boolean pseudoniem) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(uit, StandardCharsets.UTF_8), 64 * 1024);
        if (NDJSON.equals(mediaType)) {
            return new Schrijver() {
                @Override
                public void schrijf(HulpvraagDto rij) {
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
        List<Kolom> kolommen = new ArrayList<>(KOLOMMEN);
        kolommen.removeIf(kolom -> pseudoniem
                ? List.of("inwonerId", "medewerker", "omschrijving").contains(kolom.naam())
                : kolom.naam().equals("inwonerPseudoniem"));
        run(() -> regel(
                writer,
                kolommen.stream().map(Kolom::naam).map(Object.class::cast).toList()));
        return new Schrijver() {
            @Override
            public void schrijf(HulpvraagDto rij) {
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
