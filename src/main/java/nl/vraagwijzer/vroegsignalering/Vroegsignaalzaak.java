package nl.vraagwijzer.vroegsignalering;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.time.Werkdagen;
import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/**
 * The outreach on one resident's arrears: the GGM's Vroegsignaalzaak. Its rules: signals about the
 * resident within the matching period join it (a repeated one, from the same partner about the same
 * kind of arrears that did not grow, is marked as such); a crisis signal shortens the term to the
 * debt-help act's three working days; the first contact attempt takes the case up; an attempt lies
 * between the first signal and today; a case is closed once, with one of the GGM's end results, and
 * not while its last attempt's outcome is still open.
 */
@Entity
@Table(name = "vroegsignaalzaak")
public class Vroegsignaalzaak {

    /** The debt-help act's term for a crisis signal (eviction, disconnection, end of insurance). */
    static final int CRISISTERMIJN_WERKDAGEN = 3;

    /** How a gemeente runs its outreach. */
    record Regels(int matchingperiodeDagen, int termijnWerkdagen) {}

    @Id
    private UUID id;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    /** Set by the database (the gemeente the connection acts for); known once read back. */
    @Column(insertable = false, updatable = false)
    private String gemeente;

    private String team;
    private String wijk;
    private boolean crisis;
    private LocalDate matchingsdatum;

    @Column(name = "startdatum_matchingperiode")
    private LocalDate startMatchingperiode;

    @Column(name = "einddatum_matchingperiode")
    private LocalDate eindeMatchingperiode;

    @Column(name = "termijn_datum")
    private LocalDate termijnDatum;

    @Column(name = "datum_opgepakt")
    private LocalDate datumOpgepakt;

    private String eindresultaat;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    @Column(name = "hulpvraag_id")
    private UUID hulpvraagId;

    @Version
    private long versie;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "zaak_id", insertable = false, updatable = false)
    @OrderBy("signaaldatum, ontvangenOp")
    @BatchSize(size = 100)
    private List<Vroegsignaal> signalen = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "zaak_id", insertable = false, updatable = false)
    @OrderBy("datum, vastgelegdOp")
    @BatchSize(size = 100)
    private List<Contactpoging> pogingen = new ArrayList<>();

    protected Vroegsignaalzaak() {}

    /** A new case for the resident, matching from the signal's date on for the gemeente's period. */
    Vroegsignaalzaak(
            UUID inwonerId,
            String team,
            String wijk,
            LocalDate signaaldatum,
            LocalDate vandaag,
            Regels regels,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.inwonerId = inwonerId;
        this.team = team;
        this.wijk = wijk;
        this.matchingsdatum = vandaag;
        this.startMatchingperiode = signaaldatum;
        this.eindeMatchingperiode = signaaldatum.plusDays(regels.matchingperiodeDagen());
        this.termijnDatum = Werkdagen.plusWerkdagen(vandaag, regels.termijnWerkdagen());
        this.aangemaaktOp = nu;
    }

    /** Whether a signal of {@code signaaldatum} joins it: still open, and within its matching period. */
    boolean matcht(LocalDate signaaldatum) {
        return eindresultaat == null
                && !signaaldatum.isBefore(startMatchingperiode)
                && !signaaldatum.isAfter(eindeMatchingperiode);
    }

    /** A partner's signal joins the case. @return the signal as recorded */
    Vroegsignaal ontvang(UUID organisatie, Vroegsignaal.Melding melding, LocalDate vandaag, Instant nu) {
        boolean herhaald = signalen.stream().anyMatch(eerder -> eerder.herhaaltZich(organisatie, melding));
        Vroegsignaal signaal = new Vroegsignaal(id, organisatie, melding, herhaald, nu);
        signalen.add(signaal);
        if (melding.crisissignaal() && !herhaald) {
            crisis = true;
            LocalDate crisistermijn = Werkdagen.plusWerkdagen(vandaag, CRISISTERMIJN_WERKDAGEN);
            if (crisistermijn.isBefore(termijnDatum)) {
                termijnDatum = crisistermijn;
            }
        }
        if (datumOpgepakt != null) {
            signaal.status(Ggm.Signaalstatus.OPGEPAKT);
        }
        return signaal;
    }

    /**
     * A contact attempt; the first takes the case up.
     *
     * @throws ApiProblem 409 for a closed case; 400 for a date in the future or before the first signal
     */
    Contactpoging probeer(
            Ggm.Contactsoort soort,
            LocalDate datum,
            Ggm.Dagdeel dagdeel,
            Boolean bereikt,
            String medewerker,
            LocalDate vandaag,
            Instant nu) {
        vereisOpen();
        if (datum.isAfter(vandaag)) {
            throw ApiProblem.badRequest("datum: " + datum + " ligt in de toekomst.");
        }
        LocalDate eersteSignaal = signalen.stream()
                .map(Vroegsignaal::signaaldatum)
                .min(LocalDate::compareTo)
                .orElse(startMatchingperiode);
        if (datum.isBefore(eersteSignaal)) {
            throw ApiProblem.badRequest(
                    "datum: " + datum + " ligt voor het eerste signaal van deze zaak (" + eersteSignaal + ").");
        }
        Contactpoging poging = new Contactpoging(id, soort, datum, dagdeel, bereikt, medewerker, nu);
        pogingen.add(poging);
        if (datumOpgepakt == null) {
            datumOpgepakt = vandaag;
            signalen.forEach(signaal -> signaal.status(Ggm.Signaalstatus.OPGEPAKT));
        }
        return poging;
    }

    /**
     * The end result the team is proposed once {@code maximaal} attempts did not reach the resident
     * and none did: "Definitief geen contact kunnen krijgen".
     */
    Optional<Ggm.Eindresultaat> voorstel(int maximaal) {
        boolean ooitBereikt = pogingen.stream().anyMatch(poging -> Boolean.TRUE.equals(poging.bereikt()));
        long nietBereikt = pogingen.stream()
                .filter(poging -> Boolean.FALSE.equals(poging.bereikt()))
                .count();
        return eindresultaat == null && !ooitBereikt && nietBereikt >= maximaal
                ? Optional.of(Ggm.Eindresultaat.GEEN_CONTACT)
                : Optional.empty();
    }

    /** The attempt the team is advised to make next: when, how, and at what time of day. */
    record VolgendePoging(LocalDate datum, Ggm.Contactsoort soort, Ggm.Dagdeel dagdeel) {}

    /** The order in which unanswered attempts escalate: a letter, a call, a visit, a card at the door. */
    private static final List<Ggm.Contactsoort> OPSCHALING = List.of(
            Ggm.Contactsoort.BRIEF, Ggm.Contactsoort.TELEFOON, Ggm.Contactsoort.HUISBEZOEK, Ggm.Contactsoort.KAARTJE);

    /**
     * The next attempt to make, none once the resident was reached, the case is closed or closing
     * is proposed. The first is a letter today (a visit in a crisis); after one that did not reach
     * the resident, the next kind of {@link #OPSCHALING} on the next working day at another time of
     * day (whoever works days is home in the evening); after one whose outcome is open, the same
     * kind three working days later, when a letter could have been answered.
     */
    Optional<VolgendePoging> volgendePoging(int maximaal, LocalDate vandaag) {
        boolean bereikt = pogingen.stream().anyMatch(poging -> Boolean.TRUE.equals(poging.bereikt()));
        if (eindresultaat != null || bereikt || voorstel(maximaal).isPresent()) {
            return Optional.empty();
        }
        if (pogingen.isEmpty()) {
            return Optional.of(
                    new VolgendePoging(vandaag, crisis ? Ggm.Contactsoort.HUISBEZOEK : Ggm.Contactsoort.BRIEF, null));
        }
        Contactpoging laatste = pogingen.get(pogingen.size() - 1);
        Ggm.Contactsoort soort = Ggm.Contactsoort.van(laatste.soort());
        if (laatste.bereikt() == null) {
            return Optional.of(
                    new VolgendePoging(later(Werkdagen.plusWerkdagen(laatste.datum(), 3), vandaag), soort, null));
        }
        int plaats = OPSCHALING.indexOf(soort);
        Ggm.Contactsoort volgende = OPSCHALING.get(plaats < 0 ? 1 : Math.min(plaats + 1, OPSCHALING.size() - 1));
        Ggm.Dagdeel dagdeel = laatste.dagdeel() == null
                ? Ggm.Dagdeel.AVOND
                : Ggm.Dagdeel.van(laatste.dagdeel()) == Ggm.Dagdeel.AVOND ? Ggm.Dagdeel.MIDDAG : Ggm.Dagdeel.AVOND;
        return Optional.of(
                new VolgendePoging(later(Werkdagen.plusWerkdagen(laatste.datum(), 1), vandaag), volgende, dagdeel));
    }

    private static LocalDate later(LocalDate datum, LocalDate vandaag) {
        return datum.isBefore(vandaag) ? vandaag : datum;
    }

    /**
     * Closes the case with an end result; its signals get their status from it.
     *
     * @throws ApiProblem 409 for a closed case, or one whose last attempt's outcome is still open
     */
    void sluit(Ggm.Eindresultaat resultaat, Instant nu) {
        vereisOpen();
        if (!pogingen.isEmpty() && pogingen.get(pogingen.size() - 1).bereikt() == null) {
            throw ApiProblem.conflict("De laatste contactpoging heeft nog geen uitkomst (bereikt); leg die eerst"
                    + " vast met een nieuwe poging, dan het eindresultaat.");
        }
        eindresultaat = resultaat.code();
        afgeslotenOp = nu;
        signalen.forEach(signaal -> signaal.status(resultaat.signaalstatus()));
    }

    /** The question it joined or became; set once. */
    void hulpvraag(UUID hulpvraag) {
        if (hulpvraagId == null) {
            hulpvraagId = hulpvraag;
        }
    }

    /**
     * What the partner of {@code signaal} may learn: received, taken up or closed. A repeat is closed
     * for its partner (it is not taken up again); the reason is never told.
     */
    String statusVoorPartner(Vroegsignaal signaal) {
        if (eindresultaat != null || signaal.herhaald()) {
            return "afgesloten";
        }
        return datumOpgepakt == null ? "ontvangen" : "opgepakt";
    }

    /** What each signal's partner may learn of it now ({@link #statusVoorPartner}), by signal. */
    Map<Vroegsignaal, String> statussenVoorPartners() {
        Map<Vroegsignaal, String> statussen = new LinkedHashMap<>();
        signalen.forEach(signaal -> statussen.put(signaal, statusVoorPartner(signaal)));
        return statussen;
    }

    /** Loads its signals and attempts, for a caller that reads them after the transaction. */
    Vroegsignaalzaak geladen() {
        Hibernate.initialize(signalen);
        Hibernate.initialize(pogingen);
        return this;
    }

    private void vereisOpen() {
        if (eindresultaat != null) {
            throw ApiProblem.conflict("Deze vroegsignaalzaak is al afgesloten (" + eindresultaat + ").");
        }
    }

    public UUID id() {
        return id;
    }

    public String gemeente() {
        return gemeente;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public String team() {
        return team;
    }

    public String wijk() {
        return wijk;
    }

    public boolean crisis() {
        return crisis;
    }

    public LocalDate matchingsdatum() {
        return matchingsdatum;
    }

    public LocalDate startMatchingperiode() {
        return startMatchingperiode;
    }

    public LocalDate eindeMatchingperiode() {
        return eindeMatchingperiode;
    }

    public LocalDate termijnDatum() {
        return termijnDatum;
    }

    public LocalDate datumOpgepakt() {
        return datumOpgepakt;
    }

    public String eindresultaat() {
        return eindresultaat;
    }

    public Instant afgeslotenOp() {
        return afgeslotenOp;
    }

    public UUID hulpvraagId() {
        return hulpvraagId;
    }

    public long versie() {
        return versie;
    }

    public List<Vroegsignaal> signalen() {
        return Collections.unmodifiableList(signalen);
    }

    public List<Contactpoging> pogingen() {
        return Collections.unmodifiableList(pogingen);
    }
}
