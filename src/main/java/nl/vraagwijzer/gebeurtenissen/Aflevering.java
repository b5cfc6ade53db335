package nl.vraagwijzer.gebeurtenissen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One delivery attempt, for the partner's delivery log. */
@Entity
@Immutable
@Table(name = "aflevering")
public class Aflevering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "abonnement_id")
    private UUID abonnementId;

    private long volgnummer;
    private Instant tijdstip;

    @Column(name = "http_status")
    private Integer httpStatus;

    private boolean gelukt;
    private String fout;

    protected Aflevering() {}

    Aflevering(UUID abonnementId, long volgnummer, Instant tijdstip, Integer httpStatus, boolean gelukt, String fout) {
        this.abonnementId = abonnementId;
        this.volgnummer = volgnummer;
        this.tijdstip = tijdstip;
        this.httpStatus = httpStatus;
        this.gelukt = gelukt;
        this.fout = fout == null || fout.length() <= 500 ? fout : fout.substring(0, 500);
    }

    public long volgnummer() {
        return volgnummer;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public boolean gelukt() {
        return gelukt;
    }

    public String fout() {
        return fout;
    }
}
