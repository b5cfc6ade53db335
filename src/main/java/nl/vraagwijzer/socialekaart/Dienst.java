package nl.vraagwijzer.socialekaart;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service an organisation offers, for some leefgebieden, target groups and neighbourhoods. */
@Entity
@Table(name = "dienst")
public class Dienst {

    @Id
    private UUID id;

    @Version
    private long versie;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    private String naam;
    private String omschrijving;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> leefgebieden = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> doelgroepen = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> gemeenten = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> wijken = new ArrayList<>();

    /** Where it serves, for matching: {@code GM0988} for a whole gemeente, {@code GM0988/Centrum-Biest} for a wijk. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> werkgebied = new ArrayList<>();

    private String aanmeldwijze;

    @Embedded
    private Contactgegevens contact;

    @Column(name = "reactietermijn_werkdagen")
    private int reactietermijnWerkdagen;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Dienst() {}

    static Dienst nieuw(DienstGegevens gegevens, List<String> werkgebied, Instant nu) {
        Dienst dienst = new Dienst();
        dienst.id = UUID.randomUUID();
        dienst.aangemaaktOp = nu;
        dienst.wijzig(gegevens, werkgebied, nu);
        return dienst;
    }

    /** {@code werkgebied}: the gemeenten and wijken as {@link Werkgebied} derived them from {@code gegevens}. */
    void wijzig(DienstGegevens gegevens, List<String> werkgebied, Instant nu) {
        organisatieId = gegevens.organisatieId();
        naam = gegevens.naam().strip();
        omschrijving = gegevens.omschrijving();
        leefgebieden = new ArrayList<>(gegevens.leefgebieden());
        doelgroepen = new ArrayList<>(gegevens.doelgroepen());
        gemeenten = new ArrayList<>(gegevens.gemeenten());
        wijken = new ArrayList<>(gegevens.wijken());
        this.werkgebied = new ArrayList<>(werkgebied);
        aanmeldwijze = gegevens.aanmeldwijze();
        contact = gegevens.contact();
        reactietermijnWerkdagen = gegevens.reactietermijnWerkdagen();
        gewijzigdOp = nu;
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public DienstGegevens gegevens() {
        return new DienstGegevens(
                organisatieId,
                naam,
                omschrijving,
                leefgebieden,
                doelgroepen,
                gemeenten,
                wijken,
                aanmeldwijze,
                contact,
                reactietermijnWerkdagen);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
