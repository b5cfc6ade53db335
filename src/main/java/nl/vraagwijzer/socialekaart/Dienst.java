package nl.vraagwijzer.socialekaart;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.adres.Adres;
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> trefwoorden = new ArrayList<>();

    @Column(name = "plaatsen_beschikbaar")
    private Integer plaatsenBeschikbaar;

    @Column(name = "wachttijd_weken")
    private Integer wachttijdWeken;

    @Column(name = "capaciteit_bijgewerkt_op")
    private Instant capaciteitBijgewerktOp;

    /** The kind of collective provision; null for an individual service. */
    private String collectief;

    private boolean kosteloos;

    @Column(name = "locatie_naam")
    private String locatieNaam;

    @Embedded
    private Adres adres;

    /** Weekly opening times in the JSON shape of {@link OpeningstijdJson}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<OpeningstijdJson> openingstijden = new ArrayList<>();

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
        trefwoorden = new ArrayList<>(gegevens.trefwoorden());
        Collectief c = gegevens.collectief();
        collectief = c == null ? null : c.soort();
        kosteloos = c != null && c.kosteloos();
        locatieNaam = c == null ? null : c.locatieNaam();
        adres = c == null ? null : c.adres();
        openingstijden = c == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        c.openingstijden().stream().map(OpeningstijdJson::van).toList());
        gewijzigdOp = nu;
    }

    /** The partner's (or the admin's) statement of places and waiting time, as of {@code nu}. */
    void werkCapaciteitBij(int plaatsen, int wachttijd, Instant nu) {
        plaatsenBeschikbaar = plaatsen;
        wachttijdWeken = wachttijd;
        capaciteitBijgewerktOp = nu;
        gewijzigdOp = nu;
    }

    /** Empty until the organisation first states it. */
    public Optional<Capaciteit> capaciteit() {
        return capaciteitBijgewerktOp == null
                ? Optional.empty()
                : Optional.of(new Capaciteit(plaatsenBeschikbaar, wachttijdWeken, capaciteitBijgewerktOp));
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
                reactietermijnWerkdagen,
                trefwoorden,
                collectief == null
                        ? null
                        : new Collectief(
                                collectief,
                                kosteloos,
                                locatieNaam,
                                adres,
                                openingstijden.stream()
                                        .map(OpeningstijdJson::openingstijd)
                                        .toList()));
    }

    /** An opening time as stored: times as text, so the JSON needs no date-time module. */
    record OpeningstijdJson(List<String> dagen, String van, String tot, String toelichting) {

        static OpeningstijdJson van(Openingstijd o) {
            return new OpeningstijdJson(o.dagen(), o.van().toString(), o.tot().toString(), o.toelichting());
        }

        Openingstijd openingstijd() {
            return new Openingstijd(dagen, LocalTime.parse(van), LocalTime.parse(tot), toelichting);
        }
    }

    /** Where it serves: {@code GM0988} for a whole gemeente, {@code GM0988/Centrum-Biest} for a wijk. */
    public List<String> werkgebied() {
        return List.copyOf(werkgebied);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
