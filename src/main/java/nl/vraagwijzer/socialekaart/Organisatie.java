package nl.vraagwijzer.socialekaart;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.shared.adres.Adres;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner organisation in the directory. Its services refer to it by id. */
@Entity
@Table(name = "organisatie")
public class Organisatie {

    @Id
    private UUID id;

    @Version
    private long versie;

    private String naam;
    private String omschrijving;

    @Column(name = "kvk_nummer")
    private String kvkNummer;

    private String website;
    private String telefoonnummer;
    private String emailadres;

    @Embedded
    private Adres adres;

    /** The gemeenten it serves. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> gemeenten = new ArrayList<>();

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Organisatie() {}

    static Organisatie nieuw(OrganisatieGegevens gegevens, Instant nu) {
        Organisatie organisatie = new Organisatie();
        organisatie.id = UUID.randomUUID();
        organisatie.aangemaaktOp = nu;
        organisatie.wijzig(gegevens, nu);
        return organisatie;
    }

    void wijzig(OrganisatieGegevens gegevens, Instant nu) {
        naam = gegevens.naam().strip();
        gemeenten = new ArrayList<>(gegevens.gemeenten());
        omschrijving = gegevens.omschrijving();
        kvkNummer = gegevens.kvkNummer();
        website = gegevens.website();
        telefoonnummer = gegevens.telefoonnummer();
        emailadres = gegevens.emailadres();
        adres = gegevens.adres();
        gewijzigdOp = nu;
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public OrganisatieGegevens gegevens() {
        return new OrganisatieGegevens(
                naam, omschrijving, kvkNummer, website, telefoonnummer, emailadres, adres, gemeenten);
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
