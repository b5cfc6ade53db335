package nl.vraagwijzer.stuurcijfers;

import static nl.vraagwijzer.support.SocialeKaartData.maakDienst;
import static nl.vraagwijzer.support.SocialeKaartData.maakOrganisatie;
import static nl.vraagwijzer.support.SocialeKaartData.uniek;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vraagwijzer.support.Beheerdatabase;

/**
 * The year 2017 of Dordrecht (GM0505), written straight into the database so that every figure can be
 * counted by hand; no other test writes in 2017. Two teams: {@code stuur-a} (wijk Wielwijk, Wmo) and
 * {@code stuur-b} (wijk Crabbehof, youth). Times are UTC; Dutch time is an hour later in winter.
 *
 * <ul>
 *   <li>A1-A9 balie, registered 10 Jan 09:00; A10 balie at 22:30 UTC on 31 Jan (23:30 Dutch: January);
 *       A11-A16 telefoon, 10 Jan; A17 balie at 23:30 UTC on 31 Jan (00:30 Dutch on 1 Feb: February);
 *       A18-A21 balie, 14 Feb. B1-B8 by a partner (kanaal partner), 12 Jan; B9-B13 telefoon, 14 Feb.
 *   <li>Medewerkers: A1-A6 and A11-A16 p.devries, A7-A10 and A17-A21 m.jansen; B none.
 *   <li>Closed (opgelost): A1, A2 on 12 Jan, A3, A4 on 15 Jan, A5 on 20 Jan, A6 on 30 Jan (2, 2, 5, 5,
 *       10, 20 days); A7-A9 on 10 Feb (verwezen-en-afgerond, 31 days); A1-A5 reopened on 1 Mar and
 *       closed again on 20 Mar (opgelost, 69 days); A6 reopened on 1 Sep (more than six months after).
 *       A11-A16 in behandeling from 11 Jan; B1-B8 verwezen on 13 Jan.
 *   <li>Terms: A1-A16 on 7 Feb (A1-A6 within), B1-B8 on 10 Mar (all within), A17-A21 on 20 Mar, B9-B13
 *       on 1 Apr (none within).
 *   <li>First contacts: A11-A13 on 11 Jan (1 day), A14-A16 on 13 Jan (3 days); A11 again on 2 Feb.
 *       Triages: A11-A15 on 17 Jan (7 days) and 6 Mar; financien 2 to 4 (A11-A13), 2 to 3 (A14), 3 to 2
 *       (A15).
 *   <li>Referrals to one partner's service: B1-B8 sent 13 Jan, reaction due 20 Jan, the partner reacted on
 *       18 Jan; B1-B5 geaccepteerd (expected start 10, 10, 12, 14, 30 days on), B6-B8 wachtlijst (7 days
 *       on). A11-A16 sent 15 Feb, due 22 Feb, reacted 25 Feb, in-behandeling, no expected start.
 *   <li>Six early signals (energie) for a case of stuur-a on 15 Jan; five goals reached in a plan of
 *       stuur-a on 10 Jun.
 * </ul>
 */
final class Stuurcijferfixture {

    static final String TEAM_A = "stuur-a";
    static final String TEAM_B = "stuur-b";

    private final List<String> sql = new ArrayList<>();
    private final UUID[] a = new UUID[22];
    private final UUID[] b = new UUID[14];
    final UUID organisatie;
    final UUID dienst;

    private Stuurcijferfixture() {
        organisatie = maakOrganisatie(uniek("Stuurcijferpartner"));
        dienst = maakDienst(organisatie, uniek("Stuurcijferdienst"), List.of("financien"), List.of());
    }

    static Stuurcijferfixture schrijf() throws SQLException {
        Stuurcijferfixture fixture = new Stuurcijferfixture();
        fixture.vragen();
        fixture.verwijzingen();
        fixture.rest();
        try (Connection verbinding = Beheerdatabase.verbinding();
                Statement opdracht = verbinding.createStatement()) {
            for (String regel : fixture.sql) {
                opdracht.execute(regel);
            }
        }
        return fixture;
    }

    private void vragen() {
        for (int i = 1; i <= 21; i++) {
            String aangemaakt = i == 10
                    ? "2017-01-31T22:30:00Z"
                    : i == 17 ? "2017-01-31T23:30:00Z" : i >= 18 ? "2017-02-14T09:00:00Z" : "2017-01-10T09:00:00Z";
            String kanaal = i >= 11 && i <= 16 ? "telefoon" : "balie";
            String medewerker = i <= 6 || (i >= 11 && i <= 16) ? "p.devries" : "m.jansen";
            String status = i <= 5 || (i >= 7 && i <= 9)
                    ? "afgesloten"
                    : i == 6 || (i >= 11 && i <= 16) ? "in-behandeling" : "nieuw";
            String reden = i <= 5 ? "'opgelost'" : i <= 9 && i >= 7 ? "'verwezen-en-afgerond'" : "null";
            String termijn = i <= 16 ? "2017-02-07" : "2017-03-20";
            a[i] = vraag(
                    TEAM_A,
                    "Wielwijk",
                    kanaal,
                    "wmo-melding",
                    "financien",
                    medewerker,
                    status,
                    reden,
                    aangemaakt,
                    termijn);
        }
        for (int i = 1; i <= 13; i++) {
            boolean partner = i <= 8;
            b[i] = vraag(
                    TEAM_B,
                    "Crabbehof",
                    partner ? "partner" : "telefoon",
                    "jeugd",
                    "gezin",
                    null,
                    partner ? "verwezen" : "nieuw",
                    "null",
                    partner ? "2017-01-12T09:00:00Z" : "2017-02-14T09:00:00Z",
                    partner ? "2017-03-10" : "2017-04-01");
        }
        String[] eerste = {"", "2017-01-12", "2017-01-12", "2017-01-15", "2017-01-15", "2017-01-20", "2017-01-30"};
        for (int i = 1; i <= 6; i++) {
            status(a[i], "nieuw", "afgesloten", "'opgelost'", eerste[i] + "T10:00:00Z");
        }
        for (int i = 7; i <= 9; i++) {
            status(a[i], "nieuw", "afgesloten", "'verwezen-en-afgerond'", "2017-02-10T10:00:00Z");
        }
        for (int i = 1; i <= 5; i++) {
            status(a[i], "afgesloten", "in-behandeling", "null", "2017-03-01T10:00:00Z");
            status(a[i], "in-behandeling", "afgesloten", "'opgelost'", "2017-03-20T10:00:00Z");
        }
        status(a[6], "afgesloten", "in-behandeling", "null", "2017-09-01T10:00:00Z");
        for (int i = 11; i <= 16; i++) {
            status(a[i], "nieuw", "in-behandeling", "null", "2017-01-11T09:00:00Z");
            contact(a[i], i <= 13 ? "2017-01-11" : "2017-01-13");
        }
        contact(a[11], "2017-02-02");
        for (int i = 1; i <= 8; i++) {
            status(b[i], "nieuw", "verwezen", "null", "2017-01-13T10:00:00Z");
        }
        int[] van = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 3};
        int[] naar = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 3, 2};
        for (int i = 11; i <= 15; i++) {
            triage(a[i], "2017-01-17", van[i], i == 11);
            triage(a[i], "2017-03-06", naar[i], false);
        }
    }

    private UUID vraag(
            String team,
            String wijk,
            String kanaal,
            String kader,
            String leefgebied,
            String medewerker,
            String status,
            String afsluitreden,
            String aangemaakt,
            String termijn) {
        UUID inwoner = UUID.randomUUID();
        UUID vraag = UUID.randomUUID();
        sql.add("insert into inwoner (id, versie, gemeente, voornamen, achternaam, aangemaakt_op, gewijzigd_op)"
                + " values ('" + inwoner + "', 0, 'GM0505', 'Test', 'Stuurcijfer', now(), now())");
        sql.add("insert into hulpvraag (id, versie, inwoner_id, gemeente, kanaal, omschrijving, leefgebieden,"
                + " wettelijk_kader, urgentie, team, medewerker, status, afsluitreden, wijk, registratie_datum,"
                + " termijn_datum, aangemaakt_op, gewijzigd_op) values ('" + vraag + "', 0, '" + inwoner
                + "', 'GM0505', '" + kanaal + "', 'Stuurcijfer', array['" + leefgebied + "'], '" + kader
                + "', 'normaal', '" + team + "', " + (medewerker == null ? "null" : "'" + medewerker + "'") + ", '"
                + status + "', " + afsluitreden + ", '" + wijk + "', ('" + aangemaakt
                + "'::timestamptz at time zone 'Europe/Amsterdam')::date, '" + termijn + "', '" + aangemaakt + "', '"
                + aangemaakt + "')");
        status(vraag, null, "nieuw", "null", aangemaakt);
        return vraag;
    }

    private void status(UUID vraag, String van, String naar, String afsluitreden, String tijdstip) {
        sql.add("insert into statuswijziging (id, gemeente, hulpvraag_id, van, naar, reden, afsluitreden, medewerker,"
                + " tijdstip) values (gen_random_uuid(), 'GM0505', '" + vraag + "', "
                + (van == null ? "null" : "'" + van + "'") + ", '" + naar + "', 'test', " + afsluitreden
                + ", 'test', '" + tijdstip + "')");
    }

    private void contact(UUID vraag, String datum) {
        sql.add("insert into contactmoment (id, gemeente, hulpvraag_id, datum, kanaal, medewerker, verslag,"
                + " aangemaakt_op) values (gen_random_uuid(), 'GM0505', '" + vraag + "', '" + datum
                + "', 'telefoon', 'test', 'Gebeld.', now())");
    }

    private void triage(UUID vraag, String datum, int financien, boolean ookGezondheid) {
        UUID triage = UUID.randomUUID();
        sql.add("insert into triage (id, gemeente, hulpvraag_id, inwoner_id, team, beoordelaar, datum, uitkomst,"
                + " veiligheid, dreigingen, urgent, onderliggende_vragen, advies, aangemaakt_op)"
                + " select '" + triage + "', 'GM0505', id, inwoner_id, team, 'test', '" + datum
                + "', 'zelf-oplossen', '{}', '{}', false, '[]', '{}', '" + datum + "T12:00:00Z'"
                + " from hulpvraag where id = '" + vraag + "'");
        sql.add("insert into zrm_score (gemeente, triage_id, leefgebied, score) values ('GM0505', '" + triage
                + "', 'financien', " + financien + ")");
        if (ookGezondheid) {
            sql.add("insert into zrm_score (gemeente, triage_id, leefgebied, score) values ('GM0505', '" + triage
                    + "', 'lichamelijke-gezondheid', 3)");
        }
    }

    private void verwijzingen() {
        int[] wachten = {0, 10, 10, 12, 14, 30, 7, 7, 7};
        long reeks = 1;
        for (int i = 1; i <= 8; i++) {
            reeks = verwijzing(
                    b[i],
                    TEAM_B,
                    i <= 5 ? "geaccepteerd" : "wachtlijst",
                    "2017-01-13T10:00:00Z",
                    "2017-01-20",
                    "'2017-01-13'::date + " + wachten[i],
                    "2017-01-18T10:00:00Z",
                    reeks);
        }
        for (int i = 11; i <= 16; i++) {
            reeks = verwijzing(
                    a[i],
                    TEAM_A,
                    "in-behandeling",
                    "2017-02-15T10:00:00Z",
                    "2017-02-22",
                    "null",
                    "2017-02-25T10:00:00Z",
                    reeks);
        }
    }

    private long verwijzing(
            UUID vraag,
            String team,
            String status,
            String verzonden,
            String reactie,
            String verwachteStart,
            String gereageerd,
            long reeks) {
        UUID verwijzing = UUID.randomUUID();
        sql.add("insert into verwijzing (id, versie, gemeente, hulpvraag_id, inwoner_id, team, dienst_id,"
                + " organisatie_id, reden, urgentie, gedeeld, wettelijke_grondslag, rechtvaardiging, status,"
                + " verwachte_start, verzonden_op, reactie_datum, gewijzigd_op) select '" + verwijzing
                + "', 0, 'GM0505', id, inwoner_id, '" + team + "', '" + dienst + "', '" + organisatie
                + "', 'Stuurcijfer', 'normaal', '[]', 'wettelijke-taak', 'Test', '" + status + "', " + verwachteStart
                + ", '" + verzonden + "', '" + reactie + "', '" + gereageerd + "' from hulpvraag where id = '" + vraag
                + "'");
        sql.add("insert into gebeurtenis (id, gemeente, organisatie_id, soort, verwijzing_id, tijdstip, gegevens,"
                + " type, onderwerp, data, reeks) values (gen_random_uuid(), 'GM0505', '" + organisatie
                + "', 'verwijzing-" + status + "', '" + verwijzing + "', '" + gereageerd + "', '{}',"
                + " 'nl.vraagwijzer.verwijzing.status-gewijzigd', '" + verwijzing + "', '{\"status\": \"" + status
                + "\"}', " + reeks + ")");
        return reeks + 1;
    }

    private void rest() {
        UUID zaak = UUID.randomUUID();
        sql.add("insert into vroegsignaalzaak (id, gemeente, inwoner_id, team, wijk, crisis, matchingsdatum,"
                + " startdatum_matchingperiode, einddatum_matchingperiode, termijn_datum, versie, aangemaakt_op)"
                + " select '" + zaak + "', 'GM0505', inwoner_id, '" + TEAM_A + "', 'Wielwijk', false, '2017-01-15',"
                + " '2017-01-15', '2017-03-15', '2017-01-29', 0, now() from hulpvraag where id = '" + a[1] + "'");
        for (int i = 0; i < 6; i++) {
            sql.add("insert into vroegsignaal (id, gemeente, zaak_id, organisatie_id, signaalpartner, bedrag,"
                    + " ontstaansdatum, signaaldatum, crisissignaal, warme_overdracht, herhaald, status, ontvangen_op)"
                    + " values (gen_random_uuid(), 'GM0505', '" + zaak + "', gen_random_uuid(), 'energie', 300,"
                    + " '2017-01-01', '2017-01-14', false, false, false, 'opgepakt', '2017-01-15T10:00:00Z')");
        }
        UUID plan = UUID.randomUUID();
        sql.add("insert into ondersteuningsplan (id, gemeente, inwoner_id, team, regisseur_medewerker, inhoud,"
                + " gewijzigd_na_akkoord, versie, aangemaakt_op, gewijzigd_op) select '" + plan + "', 'GM0505',"
                + " inwoner_id, '" + TEAM_A + "', 'p.devries', '{}', false, 0, '2017-05-01T10:00:00Z',"
                + " '2017-06-10T10:00:00Z' from hulpvraag where id = '" + a[11] + "'");
        for (int i = 0; i < 5; i++) {
            sql.add("insert into gebeurtenis (id, gemeente, soort, tijdstip, gegevens, type, onderwerp, data, stroom,"
                    + " stroomeigenaar, stroomreeks) values (gen_random_uuid(), 'GM0505', 'plannen',"
                    + " '2017-06-10T10:00:00Z', '{}', 'nl.vraagwijzer.ondersteuningsplan.doel-bereikt', '" + plan
                    + "', '{}', 'plannen', 'GM0505', " + (900_000 + i) + ")");
        }
    }
}
