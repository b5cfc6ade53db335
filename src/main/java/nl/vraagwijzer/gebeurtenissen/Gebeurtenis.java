package nl.vraagwijzer.gebeurtenissen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event for a partner, written in the same transaction as the change it reports
 * (transactional outbox): if the change commits, so does its event.
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

    private String soort;

    @Column(name = "verwijzing_id")
    private UUID verwijzingId;

    private Instant tijdstip;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> gegevens;

    protected Gebeurtenis() {}

    Gebeurtenis(UUID organisatieId, String soort, UUID verwijzingId, Map<String, Object> gegevens, Instant nu) {
        this.id = UUID.randomUUID();
        this.organisatieId = organisatieId;
        this.soort = soort;
        this.verwijzingId = verwijzingId;
        this.gegevens = gegevens;
        this.tijdstip = nu;
    }

    public Long volgnummer() {
        return volgnummer;
    }

    public UUID id() {
        return id;
    }

    public String soort() {
        return soort;
    }

    public UUID verwijzingId() {
        return verwijzingId;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    public Map<String, Object> gegevens() {
        return gegevens;
    }
}
