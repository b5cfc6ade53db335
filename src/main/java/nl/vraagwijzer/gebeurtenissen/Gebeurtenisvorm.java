package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vraagwijzer.api.model.CloudEventDto;
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
     * The CloudEvent of an event, at place {@code sequence} of the receiver's stream. As JSON: its
     * {@code type} is one of the gemeente systems' list ({@code Gemeentegebeurtenistype}), of which
     * the partners' schema {@code CloudEvent} knows only their own part.
     */
    public ObjectNode cloudEvent(Gebeurtenis gebeurtenis, long sequence) {
        Gebeurtenistype type = Gebeurtenistype.van(gebeurtenis.type())
                .orElseThrow(() -> new IllegalStateException("Unknown event type " + gebeurtenis.type()));
        CloudEventDto event = new CloudEventDto()
                .specversion(CloudEventDto.SpecversionEnum._1_0)
                .id(gebeurtenis.id())
                .source(bron(gebeurtenis.gemeente()))
                .subject(gebeurtenis.onderwerp())
                .time(gebeurtenis.tijdstip().atOffset(ZoneOffset.UTC))
                .sequence(Long.toString(sequence))
                .sequencetype(CloudEventDto.SequencetypeEnum.INTEGER);
        type.pad().ifPresent(pad -> event.dataref(basis + pad + gebeurtenis.onderwerp()));
        Map<String, Object> data = gebeurtenis.data();
        if (data == null) {
            // the generated model starts with an empty map; a CloudEvent without data has no data at all
            event.setData(null);
        } else {
            event.datacontenttype(CloudEventDto.DatacontenttypeEnum.APPLICATION_JSON)
                    .dataschema(URI.create(basis + "/openapi.json#/components/schemas/"
                            + type.schema().orElseThrow()))
                    .data(data);
        }
        ObjectNode zonderType = json.valueToTree(event);
        zonderType.remove("type");
        ObjectNode metType = json.createObjectNode();
        zonderType.properties().forEach(veld -> {
            metType.set(veld.getKey(), veld.getValue());
            if (veld.getKey().equals("source")) {
                metType.put("type", type.type());
            }
        });
        return metType;
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
    public static GebeurtenisDto verouderd(Gebeurtenis gebeurtenis) {
        return new GebeurtenisDto()
                .volgnummer(gebeurtenis.volgnummer())
                .id(gebeurtenis.id())
                .soort(gebeurtenis.soort())
                .verwijzingId(gebeurtenis.verwijzingId())
                .tijdstip(gebeurtenis.tijdstip().atOffset(ZoneOffset.UTC))
                .gegevens(gebeurtenis.gegevens());
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
