package nl.vraagwijzer.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One access to residents' personal data. Written once, never changed (also refused by the database). */
@Entity
@Immutable
@Table(name = "logboek")
public class LogboekRegel {

    public enum Resultaat {
        TOEGESTAAN,
        GEWEIGERD;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    private Instant tijdstip;
    private String medewerker;
    private String naam;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> rollen = new ArrayList<>();

    @Column(name = "organisatie_id")
    private UUID organisatieId;

    private String actie;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "inwoner_ids", columnDefinition = "uuid[]")
    private List<UUID> inwonerIds = new ArrayList<>();

    private String doelbinding;
    private String resultaat;
    private String toelichting;

    protected LogboekRegel() {}

    LogboekRegel(
            Instant tijdstip,
            String medewerker,
            String naam,
            List<String> rollen,
            UUID organisatieId,
            String actie,
            List<UUID> inwonerIds,
            String doelbinding,
            Resultaat resultaat,
            String toelichting) {
        this.id = UUID.randomUUID();
        this.tijdstip = tijdstip;
        this.medewerker = medewerker;
        this.naam = naam;
        this.rollen = new ArrayList<>(rollen);
        this.organisatieId = organisatieId;
        this.actie = actie;
        this.inwonerIds = new ArrayList<>(inwonerIds);
        this.doelbinding = doelbinding;
        this.resultaat = resultaat.code();
        this.toelichting = toelichting;
    }

    public UUID id() {
        return id;
    }

    public Instant tijdstip() {
        return tijdstip;
    }

    public String medewerker() {
        return medewerker;
    }

    public String naam() {
        return naam;
    }

    public List<String> rollen() {
        return List.copyOf(rollen);
    }

    public UUID organisatieId() {
        return organisatieId;
    }

    public String actie() {
        return actie;
    }

    public List<UUID> inwonerIds() {
        return List.copyOf(inwonerIds);
    }

    public String doelbinding() {
        return doelbinding;
    }

    public String resultaat() {
        return resultaat;
    }

    public String toelichting() {
        return toelichting;
    }
}
