package nl.vraagwijzer.voordeur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.time.Werkdagen;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a resident, with its legal deadline and status. */
@Entity
@Table(name = "hulpvraag")
public class Hulpvraag {

    @Id
    private UUID id;

    @Version
    private long versie;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    /** The resident's gemeente, which owns the question. */
    private String gemeente;

    private String kanaal;
    private String omschrijving;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> leefgebieden = new ArrayList<>();

    @Column(name = "wettelijk_kader")
    private String wettelijkKader;

    private String urgentie;
    private String team;
    private String medewerker;
    private boolean vertrouwelijk;
    private String status;
    private String afsluitreden;
    private String wijk;

    @Column(name = "registratie_datum")
    private LocalDate registratieDatum;

    @Column(name = "termijn_datum")
    private LocalDate termijnDatum;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Hulpvraag() {}

    static Hulpvraag nieuw(Inwoner inwoner, String kanaal, HulpvraagGegevens gegevens, Instant nu) {
        Hulpvraag hulpvraag = new Hulpvraag();
        hulpvraag.id = UUID.randomUUID();
        hulpvraag.inwonerId = inwoner.id();
        hulpvraag.gemeente = inwoner.gemeente();
        hulpvraag.wijk = inwoner.wijk();
        hulpvraag.kanaal = kanaal;
        hulpvraag.status = HulpvraagStatus.NIEUW.code();
        hulpvraag.aangemaaktOp = nu;
        hulpvraag.registratieDatum = LocalDate.ofInstant(nu, Werkdagen.NEDERLAND);
        hulpvraag.wijzig(gegevens, nu);
        return hulpvraag;
    }

    /** Changes what was recorded; a new legal frame gives a new deadline from the registration date. */
    void wijzig(HulpvraagGegevens gegevens, Instant nu) {
        omschrijving = gegevens.omschrijving();
        leefgebieden = new ArrayList<>(gegevens.leefgebieden());
        wettelijkKader = gegevens.wettelijkKader().code();
        termijnDatum = gegevens.wettelijkKader().termijn(registratieDatum);
        urgentie = gegevens.urgentie();
        team = gegevens.team();
        medewerker = gegevens.medewerker();
        vertrouwelijk = gegevens.vertrouwelijk();
        gewijzigdOp = nu;
    }

    /**
     * Moves the question to another status.
     *
     * @throws ApiProblem 409 listing the allowed statuses for a transition that is not allowed; 400
     *     when closing without afsluitreden or reopening without a reason
     */
    Statuswijziging wijzigStatus(HulpvraagStatus naar, String reden, String afsluitreden, String door, Instant nu) {
        HulpvraagStatus van = status();
        if (!van.volgende().contains(naar)) {
            throw ApiProblem.conflict("Van '" + van.code() + "' naar '" + naar.code() + "' mag niet; toegestaan: "
                    + toegestaan(van.volgende()) + ".");
        }
        if (naar == HulpvraagStatus.AFGESLOTEN && afsluitreden == null) {
            throw ApiProblem.badRequest("afsluitreden: is verplicht bij afsluiten.");
        }
        if (naar != HulpvraagStatus.AFGESLOTEN && afsluitreden != null) {
            throw ApiProblem.badRequest("afsluitreden: hoort alleen bij afsluiten.");
        }
        if (van == HulpvraagStatus.AFGESLOTEN && (reden == null || reden.isBlank())) {
            throw ApiProblem.badRequest("reden: is verplicht bij heropenen.");
        }
        status = naar.code();
        this.afsluitreden = afsluitreden;
        gewijzigdOp = nu;
        return new Statuswijziging(id, van.code(), naar.code(), reden, afsluitreden, door, nu);
    }

    private static String toegestaan(Set<HulpvraagStatus> statussen) {
        return statussen.stream().map(HulpvraagStatus::code).sorted().collect(Collectors.joining(", "));
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public String gemeente() {
        return gemeente;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public String kanaal() {
        return kanaal;
    }

    public HulpvraagGegevens gegevens() {
        return new HulpvraagGegevens(
                omschrijving,
                leefgebieden,
                WettelijkKader.van(wettelijkKader),
                urgentie,
                team,
                medewerker,
                vertrouwelijk);
    }

    public String team() {
        return team;
    }

    public HulpvraagStatus status() {
        return HulpvraagStatus.van(status);
    }

    public String afsluitreden() {
        return afsluitreden;
    }

    public String wijk() {
        return wijk;
    }

    public LocalDate registratieDatum() {
        return registratieDatum;
    }

    public LocalDate termijnDatum() {
        return termijnDatum;
    }

    /** Open and past its deadline on {@code vandaag}. */
    public boolean termijnVerlopen(LocalDate vandaag) {
        return status() != HulpvraagStatus.AFGESLOTEN && termijnDatum.isBefore(vandaag);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
