package nl.vraagwijzer.huishouden;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A resident's stay in a household: from when, and until when and why they left. */
@Entity
@Table(name = "huishoudlid")
public class Huishoudlid {

    @Id
    private UUID id;

    @Column(name = "huishouden_id")
    private UUID huishoudenId;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    private String relatie;
    private LocalDate vanaf;
    private LocalDate tot;
    private String vertrekreden;

    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op")
    private Instant vastgelegdOp;

    protected Huishoudlid() {}

    Huishoudlid(UUID huishoudenId, UUID inwonerId, String relatie, LocalDate vanaf, String door, Instant nu) {
        this.id = UUID.randomUUID();
        this.huishoudenId = huishoudenId;
        this.inwonerId = inwonerId;
        this.relatie = relatie;
        this.vanaf = vanaf;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = nu;
    }

    void vertrek(LocalDate datum, String reden) {
        this.tot = datum;
        this.vertrekreden = reden;
    }

    boolean woontEr() {
        return tot == null;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public String relatie() {
        return relatie;
    }

    public LocalDate vanaf() {
        return vanaf;
    }

    public LocalDate tot() {
        return tot;
    }

    public String vertrekreden() {
        return vertrekreden;
    }
}
