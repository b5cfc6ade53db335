package nl.vraagwijzer.vroegsignalering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.adres.Adres;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.ports.Inwoners;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * The file a municipality delivers to CBS under DDAS (v0.9, the GGM's Vroegsignalering): per
 * gemeente its signals of the period, each with the resident's client block, and its cases matched
 * or closed in the period, each with its contact attempts; values by their GGM names. It carries
 * personal data by law: every resident in it is logged, per gemeente.
 */
@ApplicationScoped
public class DdasLevering {

    private static final int DAGEN_HOOGSTENS = 366;

    private final VroegsignaalzaakRepository zaken;
    private final Inwoners inwoners;
    private final Gemeentekeuze gemeentekeuze;
    private final Gemeenteindeling indeling;
    private final Logboek logboek;
    private final VroegsignaleringConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public DdasLevering(
            VroegsignaalzaakRepository zaken,
            Inwoners inwoners,
            Gemeentekeuze gemeentekeuze,
            Gemeenteindeling indeling,
            Logboek logboek,
            VroegsignaleringConfig config,
            ObjectMapper json,
            Clock clock) {
        this.zaken = zaken;
        this.inwoners = inwoners;
        this.gemeentekeuze = gemeentekeuze;
        this.indeling = indeling;
        this.logboek = logboek;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The delivery for {@code startdatum} to {@code einddatum} (inclusive), one levering per gemeente
     * asked for, or for the gemeente the caller acts for.
     *
     * @throws ApiProblem 400 for a period that ends before it starts or spans more than 366 days, or
     *     an unknown gemeente; 403 for a gemeente the token does not hold
     */
    @Transactional
    public ObjectNode levering(LocalDate startdatum, LocalDate einddatum, Set<String> gemeenten) {
        if (einddatum.isBefore(startdatum)) {
            throw ApiProblem.badRequest("einddatum: " + einddatum + " ligt voor de startdatum (" + startdatum + ").");
        }
        if (ChronoUnit.DAYS.between(startdatum, einddatum) >= DAGEN_HOOGSTENS) {
            throw ApiProblem.badRequest(
                    "einddatum: de periode is langer dan " + DAGEN_HOOGSTENS + " dagen; lever per jaar of korter.");
        }
        Set<String> codes;
        if (gemeenten == null || gemeenten.isEmpty()) {
            codes = Set.of(gemeentekeuze.actief());
        } else {
            gemeentekeuze.regionaal(gemeenten);
            codes = gemeenten;
        }
        List<VroegsignaalzaakRepository.SignaalVanZaak> signalen = zaken.signalenIn(startdatum, einddatum);
        List<Vroegsignaalzaak> gevonden = zaken.zakenIn(
                startdatum, einddatum, Werkdagen.begin(startdatum), Werkdagen.begin(einddatum.plusDays(1)));
        Set<UUID> personen =
                signalen.stream().map(signaal -> signaal.zaak().inwonerId()).collect(Collectors.toSet());
        Map<UUID, Aanmelden.Inwonergegevens> gegevens = inwoners.persoonsgegevens(personen);

        ObjectNode bestand = json.createObjectNode();
        bestand.put("startdatumLevering", startdatum.toString());
        bestand.put("einddatumLevering", einddatum.toString());
        bestand.put(
                "aanleverdatumEnTijd",
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        bestand.put("codeGegevensleverancier", config.ddas().codeGegevensleverancier());
        ArrayNode leveringen = bestand.putArray("leveringen");
        int teller = 0;
        for (String gemeente : new TreeSet<>(codes)) {
            ObjectNode levering = leveringen.addObject();
            levering.put("teller", ++teller);
            levering.put("gemeentecode", gemeente.replaceFirst("^GM", ""));
            levering.set("aanleverende_organisatie", organisatie(gemeente));
            ArrayNode vroegsignalen = levering.putArray("vroegsignalen");
            Set<UUID> gelogd = new HashSet<>();
            signalen.stream()
                    .filter(signaal -> gemeente.equals(signaal.zaak().gemeente()))
                    .forEach(signaal -> {
                        gelogd.add(signaal.zaak().inwonerId());
                        vroegsignaal(
                                vroegsignalen.addObject(),
                                signaal.signaal(),
                                gegevens.get(signaal.zaak().inwonerId()));
                    });
            ArrayNode vroegsignaalzaken = levering.putArray("vroegsignaalzaken");
            gevonden.stream().filter(zaak -> gemeente.equals(zaak.gemeente())).forEach(zaak -> {
                gelogd.add(zaak.inwonerId());
                zaak(vroegsignaalzaken.addObject(), zaak);
            });
            logboek.toegestaanIn(
                    gemeente, "ddas-levering", gelogd, "DDAS-levering " + startdatum + " t/m " + einddatum);
        }
        return bestand;
    }

    private ObjectNode organisatie(String gemeente) {
        ObjectNode organisatie = json.createObjectNode();
        Optional<VroegsignaleringConfig.Organisatie> ingesteld = Optional.ofNullable(
                        config.gemeenten().get(gemeente))
                .flatMap(VroegsignaleringConfig.Gemeente::aanleverendeOrganisatie)
                .or(() -> config.ddas().aanleverendeOrganisatie());
        if (ingesteld.isEmpty()) {
            organisatie.put(
                    "naam",
                    "Gemeente "
                            + indeling.gemeente(gemeente)
                                    .map(Gemeenteindeling.Gemeente::naam)
                                    .orElse(gemeente));
            return organisatie;
        }
        organisatie.put("naam", ingesteld.get().naam());
        ingesteld.get().kvkNummer().ifPresent(nummer -> organisatie.put("kvk-nummer", nummer));
        ingesteld.get().contactpersonen().ifPresent(personen -> {
            ArrayNode lijst = organisatie.putArray("contactpersoonen");
            personen.forEach(persoon -> {
                ObjectNode contact = lijst.addObject();
                contact.put("naam", persoon.naam());
                persoon.telefoonnummer().ifPresent(nummer -> contact.put("telefoonnummer", nummer));
                persoon.email().ifPresent(email -> contact.put("email", email));
                persoon.functietitel().ifPresent(titel -> contact.put("functietitel", titel));
            });
        });
        return organisatie;
    }

    private static void vroegsignaal(ObjectNode uit, Vroegsignaal signaal, Aanmelden.Inwonergegevens inwoner) {
        uit.put("ID", signaal.id().toString());
        uit.put("crisissignaal", signaal.crisissignaal());
        uit.put("warmeOverdracht", signaal.warmeOverdracht());
        uit.put("bedrag", signaal.bedrag().setScale(0, RoundingMode.HALF_UP).longValueExact());
        uit.put("ontstaansdatum", signaal.ontstaansdatum().toString());
        uit.put("signaaldatum", signaal.signaaldatum().toString());
        Ggm.van(Ggm.Signaalstatus.class, signaal.status())
                .map(Ggm.Signaalstatus::ggm)
                .ifPresent(status -> uit.put("status", status));
        uit.putObject("signaalpartner")
                .put(
                        "type",
                        Ggm.van(Ggm.Signaalpartner.class, signaal.signaalpartner())
                                .orElseThrow()
                                .ggm());
        ObjectNode client = uit.putObject("client");
        if (inwoner == null) {
            return; // anonymised since: the delivery still counts the signal, without the person
        }
        zetAls(client, "Burgerservicenummer", inwoner.bsn());
        zetAls(client, "Voorletters", voorletters(inwoner.voornamen()));
        String[] naam = achternaam(inwoner.achternaam());
        zetAls(client, "Voorvoegsel", naam[0]);
        zetAls(client, "Achternaam", naam[1]);
        zetAls(
                client,
                "Geboortedatum",
                inwoner.geboortedatum() == null ? null : inwoner.geboortedatum().toString());
        Adres adres = inwoner.adres();
        if (adres != null) {
            zetAls(client, "Straatnaam", adres.straat());
            zetAls(client, "Postcode", adres.postcode());
            zetAls(
                    client,
                    "Huisnummer",
                    adres.huisnummer() == null ? null : adres.huisnummer().toString());
            zetAls(client, "Huisnummertoevoeging", adres.huisnummertoevoeging());
            zetAls(client, "Plaatsnaam", adres.plaats());
        }
    }

    private static void zaak(ObjectNode uit, Vroegsignaalzaak zaak) {
        Optional.ofNullable(zaak.eindresultaat())
                .flatMap(code -> Ggm.van(Ggm.Eindresultaat.class, code))
                .ifPresent(resultaat -> uit.put("resultaat", resultaat.ggm()));
        uit.put("matchingsdatum", zaak.matchingsdatum().toString());
        // sic: the schema spells it so
        uit.put("startdatum_matchtingperiode", zaak.startMatchingperiode().toString());
        if (zaak.datumOpgepakt() != null) {
            uit.put("datum_opgepakt", zaak.datumOpgepakt().toString());
        }
        uit.put("einddatum_matchingperiode", zaak.eindeMatchingperiode().toString());
        ArrayNode signalen = uit.putArray("vroegsignalen");
        zaak.signalen()
                .forEach(signaal -> signalen.addObject().put("ID", signaal.id().toString()));
        ArrayNode pogingen = uit.putArray("contactpogingen");
        zaak.pogingen().forEach(poging -> {
            ObjectNode contact = pogingen.addObject();
            contact.put("soort", Ggm.Contactsoort.van(poging.soort()).ddas());
            if (poging.bereikt() != null) {
                contact.put("bereikt", poging.bereikt());
            }
            contact.put("datum", poging.datum().toString());
            if (poging.dagdeel() != null) {
                contact.put("dagdeel", Ggm.Dagdeel.van(poging.dagdeel()).ggm());
            }
        });
    }

    private static void zetAls(ObjectNode uit, String veld, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            uit.put(veld, waarde);
        }
    }

    /** "Anna Maria" → "A.M." */
    static String voorletters(String voornamen) {
        if (voornamen == null || voornamen.isBlank()) {
            return null;
        }
        return Arrays.stream(voornamen.strip().split("\\s+"))
                .map(naam -> naam.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                                .toString()
                                .toUpperCase(java.util.Locale.ROOT)
                        + ".")
                .collect(Collectors.joining());
    }

    /** "van der Berg" → {"van der", "Berg"}: the lower-case words before the name are its voorvoegsel. */
    static String[] achternaam(String achternaam) {
        if (achternaam == null || achternaam.isBlank()) {
            return new String[] {null, null};
        }
        String[] woorden = achternaam.strip().split("\\s+");
        int i = 0;
        while (i < woorden.length - 1 && !woorden[i].isEmpty() && !Character.isUpperCase(woorden[i].codePointAt(0))) {
            i++;
        }
        return new String[] {
            i == 0 ? null : String.join(" ", Arrays.copyOfRange(woorden, 0, i)),
            String.join(" ", Arrays.copyOfRange(woorden, i, woorden.length))
        };
    }
}
