package nl.vraagwijzer.socialekaart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.vraagwijzer.shared.adres.Adres;
import nl.vraagwijzer.shared.paging.PageResult;

/**
 * The directory in the shape of Open Referral HSDS 3.0 (ADR 0015): services, organizations,
 * services at a location, and the ZRM leefgebieden as the taxonomy. Field names are HSDS's. Parts
 * HSDS gives an id of their own (schedules, areas, locations, attributes) get a stable name-based
 * id from their service, so a reader sees the same id on every read.
 */
final class HsdsWeergave {

    static final String VERSIE = "3.0";

    /** The leefgebieden of the ZRM 2017 as HSDS taxonomy terms: code and Dutch name. */
    static final Map<String, String> LEEFGEBIEDEN = leefgebieden();

    static final UUID TAXONOMIE = id("taxonomie", "leefgebieden");

    private static final Map<String, String> AANMELDEN = Map.of(
            "vrij-toegankelijk", "Zonder verwijzing: de inwoner kan er zelf heen of zich zelf aanmelden.",
            "verwijzing", "Na verwijzing door de Vraagwijzer, de huisarts of een andere professional.",
            "beschikking", "Na een besluit (beschikking) van de gemeente, zoals voor Wmo of jeugdhulp.");

    private HsdsWeergave() {}

    private static Map<String, String> leefgebieden() {
        Map<String, String> namen = new LinkedHashMap<>();
        namen.put("financien", "Financiën");
        namen.put("werk-en-opleiding", "Werk en opleiding");
        namen.put("tijdsbesteding", "Tijdsbesteding");
        namen.put("huisvesting", "Huisvesting");
        namen.put("huiselijke-relaties", "Huiselijke relaties");
        namen.put("geestelijke-gezondheid", "Geestelijke gezondheid");
        namen.put("lichamelijke-gezondheid", "Lichamelijke gezondheid");
        namen.put("middelengebruik", "Middelengebruik");
        namen.put("basale-adl", "Basale ADL");
        namen.put("instrumentele-adl", "Instrumentele ADL");
        namen.put("sociaal-netwerk", "Sociaal netwerk");
        namen.put("maatschappelijke-participatie", "Maatschappelijke participatie");
        namen.put("justitie", "Justitie");
        return Collections.unmodifiableMap(namen);
    }

    /** A stable id for a part of an entity, the same on every read. */
    static UUID id(String soort, Object van) {
        return UUID.nameUUIDFromBytes(("vraagwijzer:hsds:" + soort + ":" + van).getBytes(StandardCharsets.UTF_8));
    }

    /** The leefgebied a taxonomy term's id stands for. */
    static Optional<String> leefgebied(UUID termId) {
        return LEEFGEBIEDEN.keySet().stream()
                .filter(code -> id("leefgebied", code).equals(termId))
                .findFirst();
    }

    /** HSDS's Page envelope around {@code contents}. */
    static <T> Map<String, Object> pagina(PageResult<T> pagina, Function<T, Map<String, Object>> weergave) {
        Map<String, Object> envelop = new LinkedHashMap<>();
        envelop.put("total_items", pagina.total());
        envelop.put("total_pages", pagina.total() == 0 ? 0 : pagina.lastPage());
        envelop.put("page_number", pagina.request().page());
        envelop.put("size", pagina.items().size());
        envelop.put("first_page", pagina.request().page() == 1);
        envelop.put("last_page", pagina.request().page() >= pagina.lastPage());
        envelop.put("empty", pagina.items().isEmpty());
        envelop.put("contents", pagina.items().stream().map(weergave).toList());
        return envelop;
    }

    static Map<String, Object> taxonomie() {
        Map<String, Object> taxonomie = new LinkedHashMap<>();
        taxonomie.put("id", TAXONOMIE.toString());
        taxonomie.put("name", "Leefgebieden (ZRM 2017)");
        taxonomie.put(
                "description",
                "De dertien leefgebieden (domeinen) van de Zelfredzaamheid-Matrix 2017, waarop de Vraagwijzer"
                        + " zelfredzaamheid scoort en diensten indeelt.");
        taxonomie.put("uri", "https://zelfredzaamheidmatrix.nl");
        taxonomie.put("version", "2017");
        return taxonomie;
    }

    static Map<String, Object> term(String code) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", id("leefgebied", code).toString());
        term.put("code", code);
        term.put("name", LEEFGEBIEDEN.get(code));
        term.put("description", "Leefgebied " + LEEFGEBIEDEN.get(code) + " van de Zelfredzaamheid-Matrix (ZRM 2017).");
        term.put("taxonomy_id", TAXONOMIE.toString());
        return term;
    }

    /**
     * A service; {@code volledig} with its schedules, service areas, location and attributes, and
     * {@code organisatie} nested when given.
     *
     * @param gebied the name of a werkgebied entry ({@code GM0988} or {@code GM0988/Centrum-Biest})
     */
    static Map<String, Object> dienst(
            Dienst dienst, boolean volledig, Organisatie organisatie, Function<String, String> gebied) {
        DienstGegevens g = dienst.gegevens();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", dienst.id().toString());
        service.put("organization_id", g.organisatieId().toString());
        service.put("name", g.naam());
        zet(service, "description", g.omschrijving());
        if (g.contact() != null) {
            zet(service, "url", g.contact().website());
            zet(service, "email", g.contact().emailadres());
        }
        service.put("status", "active");
        service.put("application_process", AANMELDEN.get(g.aanmeldwijze()));
        if (g.collectief() != null && g.collectief().kosteloos()) {
            service.put("fees_description", "Kosteloos.");
        }
        service.put("last_modified", dienst.gewijzigdOp().toString());
        if (!volledig) {
            return service;
        }
        List<Map<String, Object>> telefoons = new ArrayList<>();
        if (g.contact() != null && g.contact().telefoonnummer() != null) {
            telefoons.add(telefoon(id("telefoon", dienst.id()), g.contact().telefoonnummer()));
        }
        service.put("phones", telefoons);
        service.put("schedules", schema(dienst));
        service.put(
                "service_areas",
                dienst.werkgebied().stream()
                        .map(entry -> {
                            Map<String, Object> area = new LinkedHashMap<>();
                            area.put(
                                    "id",
                                    id("gebied", dienst.id() + "/" + entry).toString());
                            area.put("service_id", dienst.id().toString());
                            area.put("name", gebied.apply(entry));
                            area.put("extent_type", entry.contains("/") ? "wijk" : "gemeente");
                            return area;
                        })
                        .toList());
        service.put(
                "service_at_locations",
                dienstOpLocatie(dienst, false).map(List::of).orElse(List.of()));
        service.put(
                "attributes",
                g.leefgebieden().stream()
                        .map(code -> {
                            Map<String, Object> attribuut = new LinkedHashMap<>();
                            attribuut.put(
                                    "id",
                                    id("kenmerk", dienst.id() + "/" + code).toString());
                            attribuut.put("link_id", dienst.id().toString());
                            attribuut.put("link_type", "service");
                            attribuut.put("link_entity", "service");
                            attribuut.put(
                                    "taxonomy_term_id", id("leefgebied", code).toString());
                            attribuut.put("taxonomy_term", term(code));
                            return attribuut;
                        })
                        .toList());
        if (organisatie != null) {
            service.put("organization", organisatie(organisatie, false, List.of()));
        }
        return service;
    }

    /** The service at its location: collective provisions have one; others none. */
    static Optional<Map<String, Object>> dienstOpLocatie(Dienst dienst, boolean metDienst) {
        Collectief collectief = dienst.gegevens().collectief();
        if (collectief == null) {
            return Optional.empty();
        }
        Map<String, Object> sal = new LinkedHashMap<>();
        sal.put("id", id("op-locatie", dienst.id()).toString());
        sal.put("service_id", dienst.id().toString());
        if (collectief.adres() != null) {
            UUID locatie = id("locatie", dienst.id());
            sal.put("location_id", locatie.toString());
            sal.put("location", locatie(locatie, collectief.locatieNaam(), collectief.adres()));
        }
        sal.put("schedules", schema(dienst));
        if (metDienst) {
            sal.put("service", dienst(dienst, false, null, entry -> entry));
        }
        return Optional.of(sal);
    }

    /** An organization; {@code volledig} with its phones, location, KvK number and services. */
    static Map<String, Object> organisatie(Organisatie organisatie, boolean volledig, List<Dienst> diensten) {
        OrganisatieGegevens g = organisatie.gegevens();
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", organisatie.id().toString());
        organization.put("name", g.naam());
        organization.put("description", g.omschrijving() == null ? "" : g.omschrijving());
        zet(organization, "email", g.emailadres());
        zet(organization, "website", g.website());
        if (!volledig) {
            return organization;
        }
        organization.put(
                "phones",
                g.telefoonnummer() == null
                        ? List.of()
                        : List.of(telefoon(id("telefoon", organisatie.id()), g.telefoonnummer())));
        organization.put(
                "locations",
                g.adres() == null ? List.of() : List.of(locatie(id("locatie", organisatie.id()), g.naam(), g.adres())));
        if (g.kvkNummer() != null) {
            Map<String, Object> kvk = new LinkedHashMap<>();
            kvk.put("id", id("kvk", organisatie.id()).toString());
            kvk.put("identifier_scheme", "NL-KVK");
            kvk.put("identifier_type", "KvK-nummer");
            kvk.put("identifier", g.kvkNummer());
            organization.put("organization_identifiers", List.of(kvk));
        }
        organization.put(
                "services",
                diensten.stream()
                        .map(d -> dienst(d, false, null, entry -> entry))
                        .toList());
        return organization;
    }

    private static List<Map<String, Object>> schema(Dienst dienst) {
        Collectief collectief = dienst.gegevens().collectief();
        if (collectief == null) {
            return List.of();
        }
        List<Map<String, Object>> schema = new ArrayList<>();
        for (int i = 0; i < collectief.openingstijden().size(); i++) {
            Openingstijd tijd = collectief.openingstijden().get(i);
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", id("openingstijd", dienst.id() + "/" + i).toString());
            schedule.put("service_id", dienst.id().toString());
            schedule.put("freq", "WEEKLY");
            schedule.put("wkst", "MO");
            schedule.put("byday", tijd.byday());
            schedule.put("opens_at", tijd.van().toString());
            schedule.put("closes_at", tijd.tot().toString());
            zet(schedule, "description", tijd.toelichting());
            schema.add(schedule);
        }
        return schema;
    }

    private static Map<String, Object> locatie(UUID id, String naam, Adres adres) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("id", id("adres", id).toString());
        address.put("location_id", id.toString());
        address.put(
                "address_1",
                adres.straat() + " " + adres.huisnummer()
                        + (adres.huisnummertoevoeging() == null ? "" : adres.huisnummertoevoeging()));
        address.put("city", adres.plaats());
        // not kept: the Dutch address has no province, and HSDS requires the field
        address.put("state_province", "");
        address.put(
                "postal_code",
                adres.postcode().substring(0, 4) + " " + adres.postcode().substring(4));
        address.put("country", "NL");
        address.put("address_type", "physical");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", id.toString());
        location.put("location_type", "physical");
        zet(location, "name", naam);
        location.put("addresses", List.of(address));
        return location;
    }

    private static Map<String, Object> telefoon(UUID id, String nummer) {
        Map<String, Object> phone = new LinkedHashMap<>();
        phone.put("id", id.toString());
        phone.put("number", nummer);
        return phone;
    }

    private static void zet(Map<String, Object> object, String veld, Object waarde) {
        if (waarde != null) {
            object.put(veld, waarde);
        }
    }
}
