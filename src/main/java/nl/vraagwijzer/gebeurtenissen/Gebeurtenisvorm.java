package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vraagwijzer.api.model.GebeurtenisDto;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.http.HttpConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An event as its receivers see it, in the feed and in webhooks alike: a CloudEvent of the NL GOV
 * profile (ADR 0020), or for one more minor release the old shape on explicit request, with the
 * headers that say it goes away.
 */
@ApplicationScoped
@Startup
public class Gebeurtenisvorm {

    /** The media type of the old shape, named in the contract: what clients before 1.4.0 ask for. */
    public static final String VEROUDERD = "application/json";

    public static final String CLOUDEVENT = "application/cloudevents+json";
    public static final String CLOUDEVENTS_BATCH = "application/cloudevents-batch+json";

    private static final Logger LOG = Logger.getLogger(Gebeurtenisvorm.class);

    private final Gemeenteindeling gemeenten;
    private final String basis;
    private final GebeurtenisConfig config;
    private final ObjectMapper json;

    public Gebeurtenisvorm(
            Gemeenteindeling gemeenten,
            ObjectMapper json,
            HttpConfig http,
            GebeurtenisConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int poort) {
        this.gemeenten = gemeenten;
        this.config = config;
        this.json = json;
        this.basis = http.publiekeUrl()
                        .map(URI::toString)
                        .orElse("http://localhost:" + poort)
                        .replaceAll("/+$", "")
                + "/v1";
        gemeenten.alle().stream()
                .filter(gemeente -> gemeente.oin().isEmpty())
                .forEach(gemeente -> LOG.warnf(
                        "Gemeente %s has no OIN (vraagwijzer.gemeenten.%s.oin): its events name it by CBS code, not"
                                + " as the NL GOV profile for CloudEvents asks",
                        gemeente.code(), gemeente.code()));
    }

    /**
     * The CloudEvent of an event, at place {@code sequence} of the receiver's stream, in the
     * contract's schema {@code CloudEvent}. Written as JSON directly: its {@code type} comes from the
     * gemeente systems' list ({@code Gemeentegebeurtenistype}), of which the partners' generated
     * model knows only their own part, and a feed page builds twenty of them.
     */
    public ObjectNode cloudEvent(Gebeurtenis gebeurtenis, long sequence) {
        Gebeurtenistype type = Gebeurtenistype.van(gebeurtenis.type())
                .orElseThrow(() -> new IllegalStateException("Unknown event type " + gebeurtenis.type()));
        ObjectNode event = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", gebeurtenis.id().toString())
                .put("source", bron(gebeurtenis.gemeente()))
                .put("type", type.type())
                .put("subject", gebeurtenis.onderwerp().toString())
                .put(
                        "time",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                gebeurtenis.tijdstip().atOffset(ZoneOffset.UTC)))
                .put("sequence", Long.toString(sequence))
                .put("sequencetype", "Integer");
        type.pad().ifPresent(pad -> event.put("dataref", basis + pad + gebeurtenis.onderwerp()));
        String data = gebeurtenis.data();
        if (data != null) {
            event.put("datacontenttype", "application/json")
                    .put(
                            "dataschema",
                            basis + "/openapi.json#/components/schemas/"
                                    + type.schema().orElseThrow());
            // the stored JSON text as it is: not parsed on the feed's path (ADR 0030)
            event.putRawValue("data", new RawValue(data));
        }
        return event;
    }

    /** The CloudEvents of events in their stream's order, the first at {@code eersteSequence}. */
    public List<ObjectNode> cloudEvents(List<Gebeurtenis> gebeurtenissen, long eersteSequence) {
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < gebeurtenissen.size(); i++) {
            events.add(cloudEvent(gebeurtenissen.get(i), eersteSequence + i));
        }
        return events;
    }

    /** The old shape, for one more minor release. */
    public GebeurtenisDto verouderd(Gebeurtenis gebeurtenis) {
        return new GebeurtenisDto()
                .volgnummer(gebeurtenis.volgnummer())
                .id(gebeurtenis.id())
                .soort(gebeurtenis.soort())
                .verwijzingId(gebeurtenis.verwijzingId())
                .tijdstip(gebeurtenis.tijdstip().atOffset(ZoneOffset.UTC))
                .gegevens(gegevens(gebeurtenis.gegevens()));
    }

    private Map<String, Object> gegevens(String tekst) {
        try {
            return json.readValue(tekst, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event details are not a JSON object", e);
        }
    }

    /**
     * The headers of everything in the old shape: deprecated since, gone from, and where to read
     * why, in one {@code Link} with the response's own link if it has one.
     */
    public Map<String, String> verouderdHeaders(Optional<String> eigenLink) {
        return Map.of(
                "Deprecation",
                "@" + config.verouderd().sinds().atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                "Sunset",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        config.verouderd().sunset().atStartOfDay(ZoneOffset.UTC)),
                "Link",
                eigenLink.map(link -> link + ", ").orElse("") + verouderdLink());
    }

    /** {@code <.../v1/changelog>; rel="deprecation"} (RFC 9745). */
    private String verouderdLink() {
        return "<" + basis + "/changelog>; rel=\"deprecation\"; type=\"text/markdown\"";
    }

    /** {@code urn:nld:oin:<OIN>:systeem:vraagwijzer}: the gemeente that recorded it, and this system. */
    private String bron(String gemeente) {
        return gemeenten
                .gemeente(gemeente)
                .flatMap(Gemeenteindeling.Gemeente::oin)
                .map(oin -> "urn:nld:oin:" + oin + ":systeem:vraagwijzer")
                .orElse("urn:nld:cbs:gemeente:" + gemeente + ":systeem:vraagwijzer");
    }
}
