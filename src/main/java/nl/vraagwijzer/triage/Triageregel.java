package nl.vraagwijzer.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule of the advice, managed by the beheerder; every change is a new version. */
@Entity
@Table(name = "triageregel")
public class Triageregel {

    @Id
    private UUID id;

    @Version
    private long versie;

    private String naam;
    private String omschrijving;
    private boolean actief;

    @JdbcTypeCode(SqlTypes.JSON)
    private Voorwaarde voorwaarde;

    @JdbcTypeCode(SqlTypes.JSON)
    private Advies advies;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;

    protected Triageregel() {}

    static Triageregel nieuw(
            String naam,
            String omschrijving,
            boolean actief,
            Voorwaarde voorwaarde,
            Advies advies,
            String door,
            Instant nu) {
        Triageregel regel = new Triageregel();
        regel.id = UUID.randomUUID();
        regel.wijzig(naam, omschrijving, actief, voorwaarde, advies, door, nu);
        return regel;
    }

    void wijzig(
            String naam,
            String omschrijving,
            boolean actief,
            Voorwaarde voorwaarde,
            Advies advies,
            String door,
            Instant nu) {
        voorwaarde.valideer();
        this.naam = naam.strip();
        this.omschrijving = omschrijving;
        this.actief = actief;
        this.voorwaarde = voorwaarde;
        this.advies = advies;
        this.gewijzigdDoor = door;
        this.gewijzigdOp = nu;
    }

    boolean geldt(TriageFeiten feiten) {
        return actief && voorwaarde.geldt(feiten);
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public String naam() {
        return naam;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean actief() {
        return actief;
    }

    public Voorwaarde voorwaarde() {
        return voorwaarde;
    }

    public Advies advies() {
        return advies;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }
}
