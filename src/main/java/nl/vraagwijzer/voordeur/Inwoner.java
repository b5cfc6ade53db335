package nl.vraagwijzer.voordeur;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.vraagwijzer.shared.adres.Adres;

/** A resident: personal data, read and changed only through the access-logged service. */
@Entity
@Table(name = "inwoner")
public class Inwoner {

    @Id
    private UUID id;

    /** The gemeente the resident is known to (a BSN is registered once per gemeente). */
    private String gemeente;

    @Version
    private long versie;

    private String voornamen;
    private String achternaam;
    private LocalDate geboortedatum;
    private String bsn;

    @Embedded
    private Adres adres;

    private String wijk;
    private String telefoonnummer;
    private String emailadres;
    private String voorkeurstaal;

    @jakarta.persistence.Column(name = "geanonimiseerd_op")
    private Instant geanonimiseerdOp;

    @jakarta.persistence.Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    @jakarta.persistence.Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Inwoner() {}

    static Inwoner nieuw(String gemeente, InwonerGegevens gegevens, String wijk, Instant nu) {
        Inwoner inwoner = new Inwoner();
        inwoner.id = UUID.randomUUID();
        inwoner.gemeente = gemeente;
        inwoner.aangemaaktOp = nu;
        inwoner.wijzig(gegevens, wijk, nu);
        return inwoner;
    }

    void wijzig(InwonerGegevens gegevens, String wijk, Instant nu) {
        voornamen = gegevens.voornamen().strip();
        achternaam = gegevens.achternaam().strip();
        geboortedatum = gegevens.geboortedatum();
        bsn = gegevens.bsn();
        adres = gegevens.adres();
        this.wijk = wijk;
        telefoonnummer = gegevens.telefoonnummer();
        emailadres = gegevens.emailadres();
        voorkeurstaal = gegevens.voorkeurstaal();
        gewijzigdOp = nu;
    }

    /** Erases everything personal; the wijk stays, it is needed for figures and identifies no one. */
    void anonimiseer(Instant nu) {
        voornamen = "Geanonimiseerd";
        achternaam = "Geanonimiseerd";
        geboortedatum = null;
        bsn = null;
        adres = null;
        telefoonnummer = null;
        emailadres = null;
        voorkeurstaal = null;
        geanonimiseerdOp = nu;
        gewijzigdOp = nu;
    }

    public String gemeente() {
        return gemeente;
    }

    public UUID id() {
        return id;
    }

    public long versie() {
        return versie;
    }

    public InwonerGegevens gegevens() {
        return new InwonerGegevens(
                voornamen, achternaam, geboortedatum, bsn, adres, telefoonnummer, emailadres, voorkeurstaal);
    }

    public String wijk() {
        return wijk;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
