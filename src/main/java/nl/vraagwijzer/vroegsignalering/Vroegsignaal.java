package nl.vraagwijzer.vroegsignalering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A signal of arrears from a signaalpartner, part of one case ({@link Vroegsignaalzaak}). */
@Entity
@Table(name = "vroegsignaal")
public class Vroegsignaal {

    /** What a partner reports: the GGM's Vroegsignaal. */
    record Melding(
            Ggm.Signaalpartner signaalpartner,
            BigDecimal bedrag,
            LocalDate ontstaansdatum,
            LocalDate signaaldatum,
            boolean crisissignaal,
            boolean warmeOverdracht) {}

    @Id
    private UUID id;

    @Column(name = "zaak_id")
    private UUID zaakId;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    private String signaalpartner;
    private BigDecimal bedrag;
    private LocalDate ontstaansdatum;
    private LocalDate signaaldatum;
    private boolean crisissignaal;

    @Column(name = "warme_overdracht")
    private boolean warmeOverdracht;

    private boolean herhaald;
    private String status;

    @Column(name = "ontvangen_op")
    private Instant ontvangenOp;

    protected Vroegsignaal() {}

    Vroegsignaal(UUID zaakId, UUID organisatieId, Melding melding, boolean herhaald, Instant nu) {
        this.id = UUID.randomUUID();
        this.zaakId = zaakId;
        this.organisatieId = organisatieId;
        this.signaalpartner = melding.signaalpartner().code();
        this.bedrag = melding.bedrag();
        this.ontstaansdatum = melding.ontstaansdatum();
        this.signaaldatum = melding.signaaldatum();
        this.crisissignaal = melding.crisissignaal();
        this.warmeOverdracht = melding.warmeOverdracht();
        this.herhaald = herhaald;
        this.status = (herhaald ? Ggm.Signaalstatus.HERHAALDE_MELDING : Ggm.Signaalstatus.NOG_NIET_OPGEPAKT).code();
        this.ontvangenOp = nu;
    }

    /** The same partner's signal of the same type, for arrears that did not grow since. */
    boolean herhaaltZich(UUID organisatie, Melding melding) {
        return organisatieId.equals(organisatie)
                && signaalpartner.equals(melding.signaalpartner().code())
                && melding.bedrag().compareTo(bedrag) <= 0;
    }

    /** The case was taken up or closed: its signals follow, a repeated one keeps its status. */
    void status(Ggm.Signaalstatus nieuw) {
        if (!herhaald) {
            status = nieuw.code();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID zaakId() {
        return zaakId;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String signaalpartner() {
        return signaalpartner;
    }

    public BigDecimal bedrag() {
        return bedrag;
    }

    public LocalDate ontstaansdatum() {
        return ontstaansdatum;
    }

    public LocalDate signaaldatum() {
        return signaaldatum;
    }

    public boolean crisissignaal() {
        return crisissignaal;
    }

    public boolean warmeOverdracht() {
        return warmeOverdracht;
    }

    public boolean herhaald() {
        return herhaald;
    }

    public String status() {
        return status;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }
}
