package nl.vraagwijzer.verwijzing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A resident's consent to share data with a named organisation, for a purpose, until withdrawn or expired. */
@Entity
@Table(name = "toestemming")
public class Toestemming {

    @Id
    private UUID id;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    private String doel;
    private LocalDate datum;
    private String vorm;

    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    protected Toestemming() {}

    Toestemming(
            UUID inwonerId,
            UUID organisatieId,
            String doel,
            LocalDate datum,
            String vorm,
            LocalDate geldigTot,
            String door,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.inwonerId = inwonerId;
        this.organisatieId = organisatieId;
        this.doel = doel;
        this.datum = datum;
        this.vorm = vorm;
        this.geldigTot = geldigTot;
        this.vastgelegdDoor = door;
        this.aangemaaktOp = nu;
    }

    /** Withdrawal ends the partner's access to shared data at once; withdrawing twice changes nothing. */
    void trekIn(Instant nu) {
        if (ingetrokkenOp == null) {
            ingetrokkenOp = nu;
        }
    }

    public boolean geldigOp(LocalDate dag) {
        return new Geldigheid(id, datum, geldigTot, ingetrokkenOp).geldigOp(dag);
    }

    /**
     * What decides whether a consent holds on a day, without the rest of it: a list page reads only
     * these columns for its referrals' consents ({@link ToestemmingRepository#geldigheden}).
     */
    record Geldigheid(UUID id, LocalDate datum, LocalDate geldigTot, Instant ingetrokkenOp) {

        /** Given, not withdrawn, from its date up to and including its last day. */
        boolean geldigOp(LocalDate dag) {
            return ingetrokkenOp == null && !datum.isAfter(dag) && (geldigTot == null || !geldigTot.isBefore(dag));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String doel() {
        return doel;
    }

    public LocalDate datum() {
        return datum;
    }

    public String vorm() {
        return vorm;
    }

    public LocalDate geldigTot() {
        return geldigTot;
    }

    public Instant ingetrokkenOp() {
        return ingetrokkenOp;
    }
}
