package nl.vraagwijzer.voordeur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A journal entry on a question: what was discussed, by whom, when. */
@Entity
@Immutable
@Table(name = "contactmoment")
public class Contactmoment {

    @Id
    private UUID id;

    @Column(name = "hulpvraag_id")
    private UUID hulpvraagId;

    private LocalDate datum;
    private String kanaal;
    private String medewerker;
    private String verslag;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    protected Contactmoment() {}

    Contactmoment(UUID hulpvraagId, LocalDate datum, String kanaal, String medewerker, String verslag, Instant nu) {
        this.id = UUID.randomUUID();
        this.hulpvraagId = hulpvraagId;
        this.datum = datum;
        this.kanaal = kanaal;
        this.medewerker = medewerker;
        this.verslag = verslag;
        this.aangemaaktOp = nu;
    }

    public UUID id() {
        return id;
    }

    public UUID hulpvraagId() {
        return hulpvraagId;
    }

    public LocalDate datum() {
        return datum;
    }

    public String kanaal() {
        return kanaal;
    }

    public String medewerker() {
        return medewerker;
    }

    public String verslag() {
        return verslag;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }
}
