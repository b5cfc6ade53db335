package nl.vraagwijzer.ondersteuningsplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a plan: who made it, when, what changed, and whether after the resident agreed. */
@Entity
@Table(name = "planwijziging")
public class Planwijziging {

    @Id
    private UUID id;

    @Column(name = "plan_id")
    private UUID planId;

    private long versie;
    private String medewerker;
    private Instant tijdstip;
    private String wat;

    @Column(name = "na_akkoord")
    private boolean naAkkoord;

    protected Planwijziging() {}

    Planwijziging(UUID planId, long versie, String medewerker, Instant tijdstip, String wat, boolean naAkkoord) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.versie = versie;
        this.medewerker = medewerker;
        this.tijdstip = tijdstip;
        this.wat = wat.length() > 1000 ? wat.substring(0, 1000) : wat;
        this.naAkkoord = naAkkoord;
    }

    public long versie() {
        return versie;
    }

    public String medewerker() {
        return medewerker;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    public String wat() {
        return wat;
    }

    public boolean naAkkoord() {
        return naAkkoord;
    }
}
