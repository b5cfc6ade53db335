package nl.vraagwijzer.verwijzing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A referral from a question to a partner's service, and what became of it. */
@Entity
@Table(name = "verwijzing")
public class Verwijzing {

    /** Where a referral comes from and goes to; the rest is what the professional writes. */
    public record Aanvraag(
            String gemeente,
            UUID hulpvraagId,
            UUID inwonerId,
            String team,
            String onderliggendeVraag,
            UUID dienstId,
            UUID organisatieId,
            String reden,
            String urgentie,
            Gedeeld gedeeld,
            UUID toestemmingId,
            String wettelijkeGrondslag,
            String rechtvaardiging) {

        /** A new Aanvraag, built by name: a field not set is absent. */
        public static Bouwer bouwer() {
            return new Bouwer();
        }

        /** A builder that starts from this Aanvraag. */
        Bouwer naar() {
            Bouwer bouwer = new Bouwer();
            bouwer.gemeente = gemeente;
            bouwer.hulpvraagId = hulpvraagId;
            bouwer.inwonerId = inwonerId;
            bouwer.team = team;
            bouwer.onderliggendeVraag = onderliggendeVraag;
            bouwer.dienstId = dienstId;
            bouwer.organisatieId = organisatieId;
            bouwer.reden = reden;
            bouwer.urgentie = urgentie;
            bouwer.gedeeld = gedeeld;
            bouwer.toestemmingId = toestemmingId;
            bouwer.wettelijkeGrondslag = wettelijkeGrondslag;
            bouwer.rechtvaardiging = rechtvaardiging;
            return bouwer;
        }

        /** Builds a {@link Aanvraag} by name. */
        public static final class Bouwer {

            private String gemeente;
            private UUID hulpvraagId;
            private UUID inwonerId;
            private String team;
            private String onderliggendeVraag;
            private UUID dienstId;
            private UUID organisatieId;
            private String reden;
            private String urgentie;
            private Gedeeld gedeeld;
            private UUID toestemmingId;
            private String wettelijkeGrondslag;
            private String rechtvaardiging;

            private Bouwer() {}

            public Bouwer gemeente(String gemeente) {
                this.gemeente = gemeente;
                return this;
            }

            public Bouwer hulpvraagId(UUID hulpvraagId) {
                this.hulpvraagId = hulpvraagId;
                return this;
            }

            public Bouwer inwonerId(UUID inwonerId) {
                this.inwonerId = inwonerId;
                return this;
            }

            public Bouwer team(String team) {
                this.team = team;
                return this;
            }

            public Bouwer onderliggendeVraag(String onderliggendeVraag) {
                this.onderliggendeVraag = onderliggendeVraag;
                return this;
            }

            public Bouwer dienstId(UUID dienstId) {
                this.dienstId = dienstId;
                return this;
            }

            public Bouwer organisatieId(UUID organisatieId) {
                this.organisatieId = organisatieId;
                return this;
            }

            public Bouwer reden(String reden) {
                this.reden = reden;
                return this;
            }

            public Bouwer urgentie(String urgentie) {
                this.urgentie = urgentie;
                return this;
            }

            public Bouwer gedeeld(Gedeeld gedeeld) {
                this.gedeeld = gedeeld;
                return this;
            }

            public Bouwer toestemmingId(UUID toestemmingId) {
                this.toestemmingId = toestemmingId;
                return this;
            }

            public Bouwer wettelijkeGrondslag(String wettelijkeGrondslag) {
                this.wettelijkeGrondslag = wettelijkeGrondslag;
                return this;
            }

            public Bouwer rechtvaardiging(String rechtvaardiging) {
                this.rechtvaardiging = rechtvaardiging;
                return this;
            }

            public Aanvraag build() {
                return new Aanvraag(
                        gemeente,
                        hulpvraagId,
                        inwonerId,
                        team,
                        onderliggendeVraag,
                        dienstId,
                        organisatieId,
                        reden,
                        urgentie,
                        gedeeld,
                        toestemmingId,
                        wettelijkeGrondslag,
                        rechtvaardiging);
            }
        }
    }

    @Id
    private UUID id;

    /** The gemeente that referred; a partner sees it with every referral. */
    private String gemeente;

    @Version
    private long versie;

    @Column(name = "hulpvraag_id")
    private UUID hulpvraagId;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    private String team;

    @Column(name = "onderliggende_vraag")
    private String onderliggendeVraag;

    @Column(name = "dienst_id")
    private UUID dienstId;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    private String reden;
    private String urgentie;

    @JdbcTypeCode(SqlTypes.JSON)
    private Gedeeld gedeeld;

    @Column(name = "toestemming_id")
    private UUID toestemmingId;

    @Column(name = "wettelijke_grondslag")
    private String wettelijkeGrondslag;

    private String rechtvaardiging;
    private String status;

    @Column(name = "status_reden")
    private String statusReden;

    @Column(name = "verwachte_start")
    private LocalDate verwachteStart;

    private String resultaat;
    private String overbrugging;

    @Column(name = "verzonden_op")
    private Instant verzondenOp;

    @Column(name = "reactie_datum")
    private LocalDate reactieDatum;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Verwijzing() {}

    Verwijzing(Aanvraag aanvraag, LocalDate reactieDatum, Instant nu) {
        this.id = UUID.randomUUID();
        this.gemeente = aanvraag.gemeente();
        this.hulpvraagId = aanvraag.hulpvraagId();
        this.inwonerId = aanvraag.inwonerId();
        this.team = aanvraag.team();
        this.onderliggendeVraag = aanvraag.onderliggendeVraag();
        this.dienstId = aanvraag.dienstId();
        this.organisatieId = aanvraag.organisatieId();
        this.reden = aanvraag.reden();
        this.urgentie = aanvraag.urgentie();
        this.gedeeld = aanvraag.gedeeld();
        this.toestemmingId = aanvraag.toestemmingId();
        this.wettelijkeGrondslag = aanvraag.wettelijkeGrondslag();
        this.rechtvaardiging = aanvraag.rechtvaardiging();
        this.status = VerwijzingStatus.VERZONDEN.code();
        this.verzondenOp = nu;
        this.reactieDatum = reactieDatum;
        this.gewijzigdOp = nu;
    }

    /**
     * Moves the referral on, as {@code partij} may.
     *
     * @throws ApiProblem 409 listing what this party may set now; 400 when a required detail is missing
     */
    void wijzigStatus(
            VerwijzingStatus.Partij partij,
            VerwijzingStatus naar,
            String reden,
            LocalDate verwachteStart,
            String resultaat,
            Instant nu) {
        Set<VerwijzingStatus> toegestaan = status().volgende(partij);
        if (!toegestaan.contains(naar)) {
            throw ApiProblem.conflict("Van '" + status + "' naar '" + naar.code() + "' mag " + partijNaam(partij)
                    + " niet; toegestaan: "
                    + (toegestaan.isEmpty()
                            ? "geen"
                            : toegestaan.stream()
                                    .map(VerwijzingStatus::code)
                                    .sorted()
                                    .collect(Collectors.joining(", ")))
                    + ".");
        }
        boolean redenVerplicht = naar == VerwijzingStatus.AFGEWEZEN || naar == VerwijzingStatus.INGETROKKEN;
        if (redenVerplicht && (reden == null || reden.isBlank())) {
            throw ApiProblem.badRequest("reden: is verplicht bij " + naar.code() + ".");
        }
        if (naar == VerwijzingStatus.WACHTLIJST && verwachteStart == null) {
            throw ApiProblem.badRequest("verwachteStart: is verplicht bij wachtlijst.");
        }
        if (naar == VerwijzingStatus.AFGEROND && (resultaat == null || resultaat.isBlank())) {
            throw ApiProblem.badRequest("resultaat: is verplicht bij afgerond.");
        }
        status = naar.code();
        statusReden = reden;
        if (naar == VerwijzingStatus.WACHTLIJST) {
            this.verwachteStart = verwachteStart;
        }
        if (naar == VerwijzingStatus.AFGEROND) {
            this.resultaat = resultaat;
        }
        gewijzigdOp = nu;
    }

    private static String partijNaam(VerwijzingStatus.Partij partij) {
        return partij == VerwijzingStatus.Partij.PARTNER ? "de partner" : "de gemeente";
    }

    /**
     * Records what the team offers while the resident waits.
     *
     * @throws ApiProblem 409 when the referral is not on a waiting list
     */
    void overbrug(String omschrijving, Instant nu) {
        if (status() != VerwijzingStatus.WACHTLIJST) {
            throw ApiProblem.conflict(
                    "Overbrugging hoort bij een verwijzing op de wachtlijst; deze is " + status + ".");
        }
        overbrugging = omschrijving;
        gewijzigdOp = nu;
    }

    public String overbrugging() {
        return overbrugging;
    }

    /** The partner has not answered (received, accepted or refused) within the service's term. */
    public boolean reactietermijnVerlopen(LocalDate vandaag) {
        return status() == VerwijzingStatus.VERZONDEN && reactieDatum.isBefore(vandaag);
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public UUID hulpvraagId() {
        return hulpvraagId;
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

    public String onderliggendeVraag() {
        return onderliggendeVraag;
    }

    public UUID dienstId() {
        return dienstId;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String reden() {
        return reden;
    }

    public String urgentie() {
        return urgentie;
    }

    public Gedeeld gedeeld() {
        return gedeeld;
    }

    public UUID toestemmingId() {
        return toestemmingId;
    }

    public String wettelijkeGrondslag() {
        return wettelijkeGrondslag;
    }

    public VerwijzingStatus status() {
        return VerwijzingStatus.van(status);
    }

    public String statusReden() {
        return statusReden;
    }

    public LocalDate verwachteStart() {
        return verwachteStart;
    }

    public String resultaat() {
        return resultaat;
    }

    public Instant verzondenOp() {
        return verzondenOp;
    }

    public LocalDate reactieDatum() {
        return reactieDatum;
    }
}
