package nl.vraagwijzer.ondersteuningsplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The support plan of a household or of a resident without one (the GGM's SociaalTeamDossier), with
 * one coordinator of its team. Its rules: a goal belongs to a member; an action of a goal names a goal
 * of the plan; a partner's action runs through a referral of the household's questions, and only a
 * partner's does; a new evaluation date is not in the past; the coordinator is of the plan's team; a
 * change of its content after the resident agreed is marked as such until they agree again.
 */
@Entity
@Table(name = "ondersteuningsplan")
public class Ondersteuningsplan {

    /** What the plan may refer to: the residents it is for, the referrals of their questions by id. */
    record Kader(Set<UUID> inwoners, Map<UUID, UUID> organisatiePerVerwijzing) {}

    @Id
    private UUID id;

    /** Set by the database from the connection's gemeente. */
    @Column(insertable = false, updatable = false)
    private String gemeente;

    @Column(name = "huishouden_id")
    private UUID huishoudenId;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    private String team;

    @Column(name = "regisseur_medewerker")
    private String regisseurMedewerker;

    @Column(name = "regisseur_naam")
    private String regisseurNaam;

    @JdbcTypeCode(SqlTypes.JSON)
    private Planinhoud inhoud;

    @Column(name = "akkoord_door")
    private String akkoordDoor;

    @Column(name = "akkoord_datum")
    private LocalDate akkoordDatum;

    @Column(name = "akkoord_vorm")
    private String akkoordVorm;

    @Column(name = "gewijzigd_na_akkoord")
    private boolean gewijzigdNaAkkoord;

    @Version
    private long versie;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Ondersteuningsplan() {}

    /** @throws ApiProblem 400 as {@link #wijzig} and {@link #regisseur} say */
    Ondersteuningsplan(
            UUID huishoudenId,
            UUID inwonerId,
            String team,
            Regisseur regisseur,
            Planinhoud inhoud,
            Kader kader,
            LocalDate vandaag,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.huishoudenId = huishoudenId;
        this.inwonerId = inwonerId;
        this.team = team;
        this.aangemaaktOp = nu;
        regisseur(regisseur, nu);
        this.inhoud = new Planinhoud(List.of(), List.of(), List.of());
        wijzig(inhoud, kader, vandaag, nu);
        this.gewijzigdNaAkkoord = false;
    }

    /** A named professional of a team. */
    record Regisseur(String medewerker, String naam, String team) {}

    /** @throws ApiProblem 400 for a coordinator of another team than the plan's */
    void regisseur(Regisseur regisseur, Instant nu) {
        if (!regisseur.team().equals(team)) {
            throw ApiProblem.badRequest("regisseur.team: " + regisseur.team() + " is niet het team van het plan ("
                    + team + "); de regisseur is een professional van dat team.");
        }
        this.regisseurMedewerker = regisseur.medewerker();
        this.regisseurNaam = regisseur.naam();
        this.gewijzigdOp = nu;
    }

    /**
     * Replaces goals, actions and evaluation dates. A goal or action keeps its id; one with an id the
     * plan does not know yet is new with that id (so that a new action can name a new goal).
     *
     * @return the goals this change achieved (progress {@code achieved}, which it was not before)
     * @throws ApiProblem 400 naming the first rule the content breaks
     */
    List<UUID> wijzig(Planinhoud nieuw, Kader kader, LocalDate vandaag, Instant nu) {
        List<String> fouten = new ArrayList<>();
        List<Planinhoud.Doel> doelen = new ArrayList<>();
        Set<UUID> doelIds = new HashSet<>();
        for (int i = 0; i < nieuw.doelen().size(); i++) {
            Planinhoud.Doel doel = nieuw.doelen().get(i);
            UUID doelId = doel.id() == null ? UUID.randomUUID() : doel.id();
            if (!doelIds.add(doelId)) {
                fouten.add("doelen[" + i + "].id: " + doelId + " staat er al");
            }
            if (doel.inwonerId() != null && !kader.inwoners().contains(doel.inwonerId())) {
                fouten.add("doelen[" + i + "].inwonerId: " + doel.inwonerId() + " hoort niet bij dit plan");
            }
            doelen.add(new Planinhoud.Doel(
                    doelId,
                    doel.inwonerId(),
                    doel.leefgebied(),
                    doel.omschrijving(),
                    doel.zrmStart(),
                    doel.zrmDoel(),
                    doel.streefdatum(),
                    doel.voortgang() == null ? "in-progress" : doel.voortgang()));
        }
        List<Planinhoud.Actie> acties = new ArrayList<>();
        for (int i = 0; i < nieuw.acties().size(); i++) {
            Planinhoud.Actie actie = nieuw.acties().get(i);
            String pad = "acties[" + i + "]";
            if (actie.doelId() != null && !doelIds.contains(actie.doelId())) {
                fouten.add(pad + ".doelId: " + actie.doelId() + " is geen doel van dit plan");
            }
            UUID organisatie = null;
            if (actie.eigenaar().equals("partner")) {
                if (actie.verwijzingId() == null) {
                    fouten.add(pad + ".verwijzingId: een actie van een partner loopt via een verwijzing; noem die");
                } else if (!kader.organisatiePerVerwijzing().containsKey(actie.verwijzingId())) {
                    fouten.add(pad + ".verwijzingId: " + actie.verwijzingId()
                            + " is geen verwijzing van een hulpvraag van dit huishouden");
                } else {
                    organisatie = kader.organisatiePerVerwijzing().get(actie.verwijzingId());
                }
            } else if (actie.verwijzingId() != null) {
                fouten.add(pad + ".verwijzingId: alleen een actie van een partner loopt via een verwijzing");
            }
            acties.add(new Planinhoud.Actie(
                    actie.id() == null ? UUID.randomUUID() : actie.id(),
                    actie.doelId(),
                    actie.omschrijving(),
                    actie.eigenaar(),
                    actie.eigenaarNaam(),
                    actie.verwijzingId(),
                    organisatie,
                    actie.datum(),
                    actie.status() == null ? "gepland" : actie.status()));
        }
        Set<LocalDate> bekend = new HashSet<>(inhoud == null ? List.of() : inhoud.evaluatiedata());
        for (int i = 0; i < nieuw.evaluatiedata().size(); i++) {
            LocalDate datum = nieuw.evaluatiedata().get(i);
            if (datum.isBefore(vandaag) && !bekend.contains(datum)) {
                fouten.add("evaluatiedata[" + i + "]: " + datum + " ligt in het verleden");
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", fouten) + ".");
        }
        Set<UUID> eerderBereikt = new HashSet<>();
        if (inhoud != null) {
            inhoud.doelen().stream()
                    .filter(doel -> BEREIKT.equals(doel.voortgang()))
                    .forEach(doel -> eerderBereikt.add(doel.id()));
        }
        this.inhoud = new Planinhoud(
                doelen,
                acties,
                nieuw.evaluatiedata().stream().distinct().sorted().toList());
        this.gewijzigdNaAkkoord = akkoordDatum != null;
        this.gewijzigdOp = nu;
        return doelen.stream()
                .filter(doel -> BEREIKT.equals(doel.voortgang()) && !eerderBereikt.contains(doel.id()))
                .map(Planinhoud.Doel::id)
                .toList();
    }

    /** The progress of a goal reached (FHIR's {@code achieved}). */
    private static final String BEREIKT = "achieved";

    /** The resident's agreement. @throws ApiProblem 400 for a date in the future */
    void akkoord(String door, LocalDate datum, String vorm, LocalDate vandaag, Instant nu) {
        if (datum.isAfter(vandaag)) {
            throw ApiProblem.badRequest("datum: " + datum + " ligt in de toekomst.");
        }
        this.akkoordDoor = door;
        this.akkoordDatum = datum;
        this.akkoordVorm = vorm;
        this.gewijzigdNaAkkoord = false;
        this.gewijzigdOp = nu;
    }

    /** The action {@code actieId} of this plan, if it has one. */
    Optional<Planinhoud.Actie> actie(UUID actieId) {
        return inhoud.acties().stream()
                .filter(actie -> actie.id().equals(actieId))
                .findFirst();
    }

    /**
     * The status of one action, as its partner reports it: the plan the resident agreed to is not
     * changed by it (its goals, owners and dates stay), so it is not marked as changed after agreement.
     *
     * @return the previous status
     */
    String actiestatus(UUID actieId, String status, Instant nu) {
        Planinhoud.Actie oud = actie(actieId).orElseThrow();
        List<Planinhoud.Actie> acties = inhoud.acties().stream()
                .map(actie -> actie.id().equals(actieId)
                        ? new Planinhoud.Actie(
                                actie.id(),
                                actie.doelId(),
                                actie.omschrijving(),
                                actie.eigenaar(),
                                actie.eigenaarNaam(),
                                actie.verwijzingId(),
                                actie.organisatieId(),
                                actie.datum(),
                                status)
                        : actie)
                .toList();
        this.inhoud = new Planinhoud(inhoud.doelen(), acties, inhoud.evaluatiedata());
        this.gewijzigdOp = nu;
        return oud.status();
    }

    /** The leefgebied of the goal an action serves; empty for an action without a goal. */
    Optional<String> leefgebiedVan(Planinhoud.Actie actie) {
        return inhoud.doelen().stream()
                .filter(doel -> doel.id().equals(actie.doelId()))
                .map(Planinhoud.Doel::leefgebied)
                .findFirst();
    }

    public UUID id() {
        return id;
    }

    public String gemeente() {
        return gemeente;
    }

    public UUID huishoudenId() {
        return huishoudenId;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public String team() {
        return team;
    }

    public Regisseur regisseur() {
        return new Regisseur(regisseurMedewerker, regisseurNaam, team);
    }

    public Planinhoud inhoud() {
        return inhoud;
    }

    public String akkoordDoor() {
        return akkoordDoor;
    }

    public LocalDate akkoordDatum() {
        return akkoordDatum;
    }

    public String akkoordVorm() {
        return akkoordVorm;
    }

    public boolean gewijzigdNaAkkoord() {
        return gewijzigdNaAkkoord;
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
