package nl.vraagwijzer.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a rule as it was in force; kept so that every past advice stays explainable. */
@Entity
@Immutable
@Table(name = "triageregel_versie")
public class TriageregelVersie {

    @Embeddable
    public record Sleutel(@Column(name = "regel_id") UUID regelId, Long versie) implements Serializable {}

    @EmbeddedId
    private Sleutel sleutel;

    private String naam;
    private boolean actief;

    @JdbcTypeCode(SqlTypes.JSON)
    private Voorwaarde voorwaarde;

    @JdbcTypeCode(SqlTypes.JSON)
    private Advies advies;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;

    protected TriageregelVersie() {}

    TriageregelVersie(Triageregel regel) {
        this.sleutel = new Sleutel(regel.id(), regel.versie());
        this.naam = regel.naam();
        this.actief = regel.actief();
        this.voorwaarde = regel.voorwaarde();
        this.advies = regel.advies();
        this.gewijzigdOp = regel.gewijzigdOp();
        this.gewijzigdDoor = regel.gewijzigdDoor();
    }
}
