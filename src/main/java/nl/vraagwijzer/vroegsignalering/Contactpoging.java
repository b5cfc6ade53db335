package nl.vraagwijzer.vroegsignalering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One attempt of the outreach team to reach the resident: the GGM's Contactpoging. */
@Entity
@Table(name = "contactpoging")
public class Contactpoging {

    @Id
    private UUID id;

    @Column(name = "zaak_id")
    private UUID zaakId;

    private String soort;
    private LocalDate datum;
    private String dagdeel;

    /** Null while its outcome is not known (a letter sent, a visit announced). */
    private Boolean bereikt;

    private String medewerker;

    @Column(name = "vastgelegd_op")
    private Instant vastgelegdOp;

    protected Contactpoging() {}

    Contactpoging(
            UUID zaakId,
            Ggm.Contactsoort soort,
            LocalDate datum,
            Ggm.Dagdeel dagdeel,
            Boolean bereikt,
            String medewerker,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.zaakId = zaakId;
        this.soort = soort.code();
        this.datum = datum;
        this.dagdeel = dagdeel == null ? null : dagdeel.code();
        this.bereikt = bereikt;
        this.medewerker = medewerker;
        this.vastgelegdOp = nu;
    }

    public UUID id() {
        return id;
    }

    public String soort() {
        return soort;
    }

    public LocalDate datum() {
        return datum;
    }

    public String dagdeel() {
        return dagdeel;
    }

    public Boolean bereikt() {
        return bereikt;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }
}
