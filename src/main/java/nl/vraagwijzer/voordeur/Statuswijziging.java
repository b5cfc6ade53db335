package nl.vraagwijzer.voordeur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A step in a question's life cycle, with the reason given; part of the resident's timeline. */
@Entity
@Immutable
@Table(name = "statuswijziging")
public class Statuswijziging {

    @Id
    private UUID id;

    @Column(name = "hulpvraag_id")
    private UUID hulpvraagId;

    private String van;
    private String naar;
    private String reden;

    /** The afsluitreden of a closing, kept per closing (the question's own holds the last one only). */
    private String afsluitreden;

    private String medewerker;
    private Instant tijdstip;

    protected Statuswijziging() {}

    Statuswijziging(UUID hulpvraagId, String van, String naar, String reden, String medewerker, Instant tijdstip) {
        this(hulpvraagId, van, naar, reden, null, medewerker, tijdstip);
    }

    Statuswijziging(
            UUID hulpvraagId,
            String van,
            String naar,
            String reden,
            String afsluitreden,
            String medewerker,
            Instant tijdstip) {
        this.afsluitreden = afsluitreden;
        this.id = UUID.randomUUID();
        this.hulpvraagId = hulpvraagId;
        this.van = van;
        this.naar = naar;
        this.reden = reden;
        this.medewerker = medewerker;
        this.tijdstip = tijdstip;
    }

    public UUID id() {
        return id;
    }

    public UUID hulpvraagId() {
        return hulpvraagId;
    }

    public String van() {
        return van;
    }

    public String naar() {
        return naar;
    }

    public String reden() {
        return reden;
    }

    public Instant tijdstip() {
        return tijdstip;
    }
}
