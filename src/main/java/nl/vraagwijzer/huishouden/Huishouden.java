package nl.vraagwijzer.huishouden;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.hibernate.Hibernate;

/**
 * Residents who live together (the GGM's Huishouden). Its rules: a member joins once while they
 * live there (a second household is the database's to refuse: one at a time across households), a
 * household has at most one main resident and one partner living there, a move is dated between
 * moving in and today, a leaver stays in the history, and it always has someone living there
 * until the last one leaves.
 */
@Entity
@Table(name = "huishouden")
public class Huishouden {

    /** The relations of which a household has at most one at a time. */
    private static final Set<String> EENMALIG = Set.of("hoofdbewoner", "partner");

    @Id
    private UUID id;

    /** Set by the database (the gemeente the connection acts for). */
    @Column(insertable = false, updatable = false)
    private String gemeente;

    @Version
    private long versie;

    @Column(name = "aangemaakt_door")
    private String aangemaaktDoor;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "huishouden_id", insertable = false, updatable = false)
    @OrderBy("vanaf, vastgelegdOp, id")
    private List<Huishoudlid> leden = new ArrayList<>();

    protected Huishouden() {}

    Huishouden(String door, Instant nu) {
        this.id = UUID.randomUUID();
        this.aangemaaktDoor = door;
        this.aangemaaktOp = nu;
        this.gewijzigdOp = nu;
    }

    /**
     * A resident moves in.
     *
     * @throws ApiProblem 409 for someone living here already, or a second main resident or partner;
     *     400 for a date in the future
     */
    void trekIn(UUID inwonerId, String relatie, LocalDate vanaf, LocalDate vandaag, String door, Instant nu) {
        if (vanaf.isAfter(vandaag)) {
            throw ApiProblem.badRequest("vanaf: " + vanaf + " ligt in de toekomst.");
        }
        if (lid(inwonerId).isPresent()) {
            throw ApiProblem.conflict("inwonerId: " + inwonerId + " woont al in dit huishouden.");
        }
        if (EENMALIG.contains(relatie)
                && huidige().stream().anyMatch(lid -> lid.relatie().equals(relatie))) {
            throw ApiProblem.conflict("relatie: dit huishouden heeft al een " + relatie
                    + "; laat die eerst vertrekken of kies een andere relatie.");
        }
        leden.add(new Huishoudlid(id, inwonerId, relatie, vanaf, door, nu));
        gewijzigdOp = nu;
    }

    /**
     * A member leaves; they stay in the history.
     *
     * @throws ApiProblem 409 for someone who does not live here; 400 for a date in the future or
     *     before they moved in
     */
    void vertrek(UUID inwonerId, LocalDate datum, String reden, LocalDate vandaag, Instant nu) {
        Huishoudlid lid = lid(inwonerId)
                .orElseThrow(() -> ApiProblem.conflict("inwonerId: " + inwonerId + " woont niet in dit huishouden."));
        if (datum.isAfter(vandaag)) {
            throw ApiProblem.badRequest("datum: " + datum + " ligt in de toekomst.");
        }
        if (datum.isBefore(lid.vanaf())) {
            throw ApiProblem.badRequest("datum: " + datum + " ligt voor het intrekken (" + lid.vanaf() + ").");
        }
        lid.vertrek(datum, reden);
        gewijzigdOp = nu;
    }

    private Optional<Huishoudlid> lid(UUID inwonerId) {
        return huidige().stream()
                .filter(lid -> lid.inwonerId().equals(inwonerId))
                .findFirst();
    }

    /** Who lives here now. */
    public List<Huishoudlid> huidige() {
        return leden.stream().filter(Huishoudlid::woontEr).toList();
    }

    /** Everyone who ever lived here, in the order they moved in. */
    public List<Huishoudlid> geschiedenis() {
        return Collections.unmodifiableList(leden);
    }

    Huishouden geladen() {
        Hibernate.initialize(leden);
        return this;
    }

    public UUID id() {
        return id;
    }

    public String gemeente() {
        return gemeente;
    }

    public long versie() {
        return versie;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
