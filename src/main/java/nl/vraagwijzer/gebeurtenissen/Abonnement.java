package nl.vraagwijzer.gebeurtenissen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A partner's webhook, with where delivery stands. */
@Entity
@Table(name = "abonnement")
public class Abonnement {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    @Column(name = "callback_url")
    private String callbackUrl;

    private String geheim;
    private boolean actief;

    @Column(name = "laatst_afgeleverd")
    private long laatstAfgeleverd;

    private int mislukkingen;

    @Column(name = "volgende_poging")
    private Instant volgendePoging;

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    /** Until when one replica delivers this subscription's events; no other claims it meanwhile. */
    @Column(name = "bezig_tot")
    private Instant bezigTot;

    protected Abonnement() {}

    /** Delivery starts after {@code vanaf}, the latest event at the time of subscribing. */
    Abonnement(UUID organisatieId, String callbackUrl, long vanaf, Instant nu) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.id = UUID.randomUUID();
        this.organisatieId = organisatieId;
        this.callbackUrl = callbackUrl;
        this.geheim = HexFormat.of().formatHex(bytes);
        this.actief = true;
        this.laatstAfgeleverd = vanaf;
        this.aangemaaktOp = nu;
    }

    void afgeleverd(long volgnummer) {
        laatstAfgeleverd = volgnummer;
        mislukkingen = 0;
        volgendePoging = null;
    }

    /** One more failure: wait twice as long as last time, and switch off after too many. */
    void mislukt(Instant nu, Duration start, Duration max, int maxMislukkingen) {
        mislukkingen++;
        Duration wacht = start.multipliedBy(1L << Math.min(mislukkingen - 1, 30));
        volgendePoging = nu.plus(wacht.compareTo(max) > 0 ? max : wacht);
        if (mislukkingen >= maxMislukkingen) {
            actief = false;
        }
    }

    /** The claim on delivery, extended after each attempt while a round goes on. */
    void bezigTot(Instant tot) {
        bezigTot = tot;
    }

    void heractiveer() {
        actief = true;
        mislukkingen = 0;
        volgendePoging = null;
    }

    public UUID id() {
        return id;
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String geheim() {
        return geheim;
    }

    public boolean actief() {
        return actief;
    }

    public long laatstAfgeleverd() {
        return laatstAfgeleverd;
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
