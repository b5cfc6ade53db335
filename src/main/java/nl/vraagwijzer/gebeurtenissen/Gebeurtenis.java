package nl.vraagwijzer.gebeurtenissen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event of a gemeente, about a partner's work or the gemeente's own, written in the same
 * transaction as the change it reports (transactional outbox): if the change commits, so does its
 * event. It carries what its CloudEvent needs ({@link Gebeurtenistype}, the subject,
 * information-poor data, its place in the partner's stream where it concerns a partner) and, for
 * one more minor release, what the old shape showed ({@code soort},
 * {@code gegevens}).
 */
@Entity
@Immutable
@Table(name = "gebeurtenis")
public class Gebeurtenis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long volgnummer;

    private UUID id;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    /** Set by the database from the connection's gemeente; read for the event's source. */
    @Column(insertable = false, updatable = false)
    private String gemeente;

    private String soort;

    private String type;

    private UUID onderwerp;

    /** The partner's stream: 1, 2, 3 ... per organisation, no gap; null without a partner. */
    private Long reeks;

    /** The stream of its own this event is in ({@link Gebeurtenisstroom}); null for the others. */
    private String stroom;

    /** Who owns that stream: an organisation's id or a gemeente's code. */
    private String stroomeigenaar;

    /** Its place in that stream: 1, 2, 3 ... per stream and owner, no gap; null outside one. */
    private Long stroomreeks;

    @Column(name = "verwijzing_id")
    private UUID verwijzingId;

    private Instant tijdstip;

    /**
     * The two JSON columns, kept as the text PostgreSQL sends (a {@code String} with the JSON type is
     * not parsed by Hibernate). A feed page of twenty events used to parse both into maps, of which
     * the CloudEvent used one and turned it into a tree again; it now writes the data as it is (the
     * feed's CPU 7% less, ADR 0030).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    private String gegevens;

    @JdbcTypeCode(SqlTypes.JSON)
    private String data;

    /** Writes the maps of a new event; strings, numbers and nulls only, so a plain mapper suffices. */
    private static final ObjectMapper JSON = new ObjectMapper();

    protected Gebeurtenis() {}

    /**
     * An event of {@code type} about {@code onderwerp}; {@code organisatieId} null for one of the
     * gemeente only, {@code data} empty for none.
     */
    Gebeurtenis(
            UUID organisatieId,
            Gebeurtenistype type,
            UUID onderwerp,
            Map<String, Object> data,
            String soort,
            Map<String, Object> gegevens,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.organisatieId = organisatieId;
        this.type = type.type();
        this.onderwerp = onderwerp;
        this.data = data.isEmpty() ? null : json(data);
        this.soort = soort;
        this.verwijzingId = type.overVerwijzing() ? onderwerp : null;
        this.gegevens = json(gegevens);
        this.tijdstip = nu;
    }

    /**
     * An event in the {@code stroom} of {@code eigenaar}, which is in neither a partner's stream of
     * its work nor a gemeente system's webhooks.
     */
    static Gebeurtenis inStroom(
            Gebeurtenisstroom stroom,
            String eigenaar,
            Gebeurtenistype type,
            UUID onderwerp,
            Map<String, Object> data,
            Instant nu) {
        Map<String, Object> gegevens = new LinkedHashMap<>(data);
        gegevens.put("onderwerp", onderwerp.toString());
        Gebeurtenis gebeurtenis = new Gebeurtenis(null, type, onderwerp, data, stroom.code(), gegevens, nu);
        gebeurtenis.stroom = stroom.code();
        gebeurtenis.stroomeigenaar = eigenaar;
        return gebeurtenis;
    }

    /** Its place in its own stream, given once when it is written. */
    void stroomreeks(long stroomreeks) {
        this.stroomreeks = stroomreeks;
    }

    public String stroom() {
        return stroom;
    }

    public String stroomeigenaar() {
        return stroomeigenaar;
    }

    public Long stroomreeks() {
        return stroomreeks;
    }

    /** Its place in the partner's stream, given once when it is written. */
    void reeks(long reeks) {
        this.reeks = reeks;
    }

    public Long volgnummer() {
        return volgnummer;
    }

    public UUID id() {
        return id;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String gemeente() {
        return gemeente;
    }

    public String soort() {
        return soort;
    }

    public String type() {
        return type;
    }

    public UUID onderwerp() {
        return onderwerp;
    }

    public Long reeks() {
        return reeks;
    }

    public UUID verwijzingId() {
        return verwijzingId;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    /** The old shape's details, as JSON text. */
    public String gegevens() {
        return gegevens;
    }

    /** The CloudEvent's data as JSON text, or null when the event has none. */
    public String data() {
        return data;
    }

    private static String json(Map<String, Object> waarden) {
        try {
            return JSON.writeValueAsString(waarden);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event details not writable as JSON", e);
        }
    }
}
