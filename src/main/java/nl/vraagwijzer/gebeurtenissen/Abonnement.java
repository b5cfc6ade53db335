package nl.vraagwijzer.gebeurtenissen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.problem.ApiProblem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A webhook of a partner or of a gemeente's own system ({@link Abonnee}): what it asked for, and
 * where delivery stands. Its rules: events go out in
 * order with a sequence of its own (1, 2, 3 ... over everything delivered to it, no gap); failures
 * back off exponentially and, after {@code opschortenNa} of failing, suspend it; a 410 ends it for
 * good; a resumed one continues after the last delivered event.
 */
@Entity
@Table(name = "abonnement")
public class Abonnement {

    static final String ACTIEF = "actief";
    static final String OPGESCHORT = "opgeschort";
    static final String BEEINDIGD = "beeindigd";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a partner asks for: how events arrive, which ones, and how often at most. */
    record Wens(String mediaType, List<String> typen, UUID onderwerp, Integer verzoekfrequentie) {}

    @Id
    private UUID id;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    /** The gemeente of a gemeente system's subscription; null for a partner's. */
    private String gemeente;

    /** The client that owns a gemeente system's subscription (its token's subject). */
    private String systeem;

    @Column(name = "callback_url")
    private String callbackUrl;

    private String geheim;
    private String status;
    private String reden;

    @Column(name = "media_type")
    private String mediaType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] typen;

    private UUID onderwerp;
    private Integer verzoekfrequentie;

    @Column(name = "laatst_afgeleverd")
    private long laatstAfgeleverd;

    @Column(name = "laatste_sequence")
    private long laatsteSequence;

    private int mislukkingen;

    @Column(name = "eerste_mislukking")
    private Instant eersteMislukking;

    @Column(name = "volgende_poging")
    private Instant volgendePoging;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    /** Until when one replica delivers this subscription's events; no other claims it meanwhile. */
    @Column(name = "bezig_tot")
    private Instant bezigTot;

    protected Abonnement() {}

    /** Delivery starts after {@code vanaf}, the latest event at the time of subscribing. */
    Abonnement(Abonnee abonnee, String callbackUrl, Wens wens, long vanaf, Instant nu) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.id = UUID.randomUUID();
        this.organisatieId = abonnee.organisatie();
        this.gemeente = abonnee.gemeente();
        this.systeem = abonnee.systeem();
        this.callbackUrl = callbackUrl;
        this.geheim = HexFormat.of().formatHex(bytes);
        this.status = ACTIEF;
        this.mediaType = wens.mediaType();
        this.typen = wens.typen().isEmpty() ? null : wens.typen().toArray(String[]::new);
        this.onderwerp = wens.onderwerp();
        this.verzoekfrequentie = wens.verzoekfrequentie();
        this.laatstAfgeleverd = vanaf;
        this.aangemaaktOp = nu;
    }

    /** Events up to {@code volgnummer} arrived, {@code aantal} of them: the sequence moves on as far. */
    void afgeleverd(long volgnummer, int aantal, Instant nu) {
        laatstAfgeleverd = volgnummer;
        laatsteSequence += aantal;
        mislukkingen = 0;
        eersteMislukking = null;
        volgendePoging = verzoekfrequentie == null ? null : nu.plusMillis(60_000L / verzoekfrequentie);
    }

    /**
     * Past events up to {@code volgnummer} that its filters skip: nothing is delivered, and the
     * sequence does not move. Every event up to a visible volgnummer has committed (events are
     * written in order), so none it asked for can appear below it later.
     */
    void voorbij(long volgnummer) {
        laatstAfgeleverd = Math.max(laatstAfgeleverd, volgnummer);
    }

    /**
     * One more failure: wait twice as long as last time (or as long as the receiver asked, for a
     * 429), and suspend it once failing has gone on for {@code opschortenNa}.
     */
    void mislukt(Instant nu, Duration wacht, Duration opschortenNa, String waarom) {
        mislukkingen++;
        if (eersteMislukking == null) {
            eersteMislukking = nu;
        }
        if (!nu.isBefore(eersteMislukking.plus(opschortenNa))) {
            schortOp("Afleveren mislukt sinds " + eersteMislukking + ", " + mislukkingen + " pogingen; laatste: "
                    + waarom);
            return;
        }
        volgendePoging = nu.plus(wacht);
    }

    /** The wait after this many failures: {@code start} doubled each time, at most {@code max}. */
    Duration wachttijd(Duration start, Duration max) {
        Duration wacht = start.multipliedBy(1L << Math.min(mislukkingen, 30));
        return wacht.compareTo(max) > 0 ? max : wacht;
    }

    void schortOp(String waarom) {
        status = OPGESCHORT;
        reden = waarom;
        volgendePoging = null;
    }

    /** The receiver is gone (410): nothing is delivered any more. */
    void beeindig(String waarom) {
        status = BEEINDIGD;
        reden = waarom;
        volgendePoging = null;
    }

    /** The claim on delivery, extended after each attempt while a round goes on. */
    void bezigTot(Instant tot) {
        bezigTot = tot;
    }

    /** @throws ApiProblem 409 for an ended subscription: its receiver said it is gone */
    void heractiveer() {
        if (BEEINDIGD.equals(status)) {
            throw ApiProblem.conflict("Dit abonnement is beëindigd (" + reden + "); abonneer opnieuw.");
        }
        status = ACTIEF;
        reden = null;
        mislukkingen = 0;
        eersteMislukking = null;
        volgendePoging = null;
    }

    public UUID id() {
        return id;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String gemeente() {
        return gemeente;
    }

    public String systeem() {
        return systeem;
    }

    /** Whose subscription it is, and so whose events it receives. */
    Abonnee abonnee() {
        return new Abonnee(organisatieId, gemeente, systeem);
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String geheim() {
        return geheim;
    }

    public boolean actief() {
        return ACTIEF.equals(status);
    }

    public String status() {
        return status;
    }

    public String reden() {
        return reden;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> typen() {
        return typen == null ? List.of() : List.of(typen);
    }

    public UUID onderwerp() {
        return onderwerp;
    }

    /** Whether it asked for some events only (types or one subject). */
    boolean gefilterd() {
        return typen != null || onderwerp != null;
    }

    public Integer verzoekfrequentie() {
        return verzoekfrequentie;
    }

    public long laatstAfgeleverd() {
        return laatstAfgeleverd;
    }

    public long laatsteSequence() {
        return laatsteSequence;
    }

    public int mislukkingen() {
        return mislukkingen;
    }

    public Instant volgendePoging() {
        return volgendePoging;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }
}
