package nl.vraagwijzer.triage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One assessment of a question. A question may be triaged again later; the newest is current. */
@Entity
@Immutable
@Table(name = "triage")
public class Triage {

    /** What a professional records in a triage. */
    public record Beoordeling(
            List<ZrmScore> zrmScores,
            List<OnderliggendeVraag> onderliggendeVragen,
            List<String> veiligheid,
            List<String> dreigingen,
            String eigenKracht,
            String netwerk,
            String uitkomst,
            String toelichting) {}

    @Id
    private UUID id;

    @Column(name = "hulpvraag_id")
    private UUID hulpvraagId;

    @Column(name = "inwoner_id")
    private UUID inwonerId;

    private String team;
    private String beoordelaar;
    private LocalDate datum;
    private String uitkomst;
    private String toelichting;

    @Column(name = "eigen_kracht")
    private String eigenKracht;

    private String netwerk;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> veiligheid = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> dreigingen = new ArrayList<>();

    private boolean urgent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "onderliggende_vragen")
    private List<OnderliggendeVraag> onderliggendeVragen = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Aanbeveling> advies = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zrm_score", joinColumns = @JoinColumn(name = "triage_id"))
    private List<ZrmScore> zrmScores = new ArrayList<>();

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    protected Triage() {}

    Triage(
            UUID hulpvraagId,
            UUID inwonerId,
            String team,
            String beoordelaar,
            LocalDate datum,
            Beoordeling beoordeling,
            List<Aanbeveling> advies,
            Instant nu) {
        this.id = UUID.randomUUID();
        this.hulpvraagId = hulpvraagId;
        this.inwonerId = inwonerId;
        this.team = team;
        this.beoordelaar = beoordelaar;
        this.datum = datum;
        this.zrmScores = new ArrayList<>(beoordeling.zrmScores());
        this.onderliggendeVragen = new ArrayList<>(beoordeling.onderliggendeVragen());
        this.veiligheid = new ArrayList<>(beoordeling.veiligheid());
        this.dreigingen = new ArrayList<>(beoordeling.dreigingen());
        this.eigenKracht = beoordeling.eigenKracht();
        this.netwerk = beoordeling.netwerk();
        this.uitkomst = beoordeling.uitkomst();
        this.toelichting = beoordeling.toelichting();
        this.advies = new ArrayList<>(advies);
        // any sign of danger makes the triage urgent, whatever the rules say
        this.urgent = !veiligheid.isEmpty() || advies.stream().anyMatch(a -> "acuut".equals(a.urgentie()));
        this.aangemaaktOp = nu;
    }

    public UUID id() {
        return id;
    }

    public UUID hulpvraagId() {
        return hulpvraagId;
    }

    public UUID inwonerId() {
        return inwonerId;
    }

    public Beoordeling beoordeling() {
        return new Beoordeling(
                List.copyOf(zrmScores),
                List.copyOf(onderliggendeVragen),
                List.copyOf(veiligheid),
                List.copyOf(dreigingen),
                eigenKracht,
                netwerk,
                uitkomst,
                toelichting);
    }

    public String beoordelaar() {
        return beoordelaar;
    }

    public LocalDate datum() {
        return datum;
    }

    public java.time.Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public boolean urgent() {
        return urgent;
    }

    public List<Aanbeveling> advies() {
        return List.copyOf(advies);
    }
}
