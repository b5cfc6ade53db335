package nl.vraagwijzer.bench;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a region of four gemeenten into a database the service migrated, with COPY, from a fixed
 * seed: the same volume and seed give the same rows. Volumes (the full one; {@code --schaal 0.01}
 * is the CI's hundredth):
 *
 * <pre>
 * residents 300,000 · questions 1,000,000 (15% open) · contacts 2,000,000 · triages 400,000 (two ZRM
 * scores each; 100,000 of them a second scoring of a question) · consents and referrals 300,000 · organisations 3,000 with 15,000 services ·
 * access log 20,000,000 rows over the last 24 months
 * </pre>
 *
 * Usage: {@code java ... Datagenerator JDBC_URL [--schaal 1.0] [--zaad 2026]}. It connects as the
 * owner (who is not held back by row-level security) and writes every tenant row with its gemeente.
 */
public final class Datagenerator {

    static final String[] GEMEENTEN = {"GM0505", "GM0988", "GM1640", "GM0946"};
    static final String[][] WIJKEN = {
        {"Wielwijk", "Crabbehof", "Nieuw Krispijn"},
        {"Centrum-Biest", "Groenewoud", "Leuken"},
        {"Haelen", "Horn", "Heythuysen", "Roggel"},
        {"Nederweert-Centrum", "Ospel"}
    };
    static final String[][] POSTCODES = {
        {"3317", "3318", "3314"}, {"6001", "6002", "6003"}, {"6081", "6085", "6093", "6088"}, {"6031", "6035"}
    };
    /** Teams per gemeente: team-0 … team-7 in every gemeente, as the benchmark's tokens name them. */
    static final int TEAMS = 8;
    /** The organisation with a small share of the open work (see {@link #partner}). */
    static final long KLEIN_PARTNER = 3;

    static final String[] LEEFGEBIEDEN = {
        "financien", "werk-en-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties",
        "geestelijke-gezondheid", "lichamelijke-gezondheid", "middelengebruik", "basale-adl",
        "instrumentele-adl", "sociaal-netwerk", "maatschappelijke-participatie", "justitie"
    };

    record Volume(long inwoners, long hulpvragen, long contactmomenten, long triages, long verwijzingen,
            long organisaties, long diensten, long logboekregels) {

        static Volume maal(double schaal) {
            return new Volume(
                    Math.max(100, Math.round(300_000 * schaal)),
                    Math.max(400, Math.round(1_000_000 * schaal)),
                    Math.max(800, Math.round(2_000_000 * schaal)),
                    Math.max(160, Math.round(400_000 * schaal)),
                    Math.max(120, Math.round(300_000 * schaal)),
                    Math.max(30, Math.round(3_000 * schaal)),
                    Math.max(150, Math.round(15_000 * schaal)),
                    Math.max(8_000, Math.round(20_000_000 * schaal)));
        }
    }

    private final Connection database;
    private final CopyManager copy;
    private final Volume volume;
    private final long zaad;
    private final Instant nu = LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    Datagenerator(Connection database, Volume volume, long zaad) throws SQLException {
        this.database = database;
        this.copy = database.unwrap(PGConnection.class).getCopyAPI();
        this.volume = volume;
        this.zaad = zaad;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        double schaal = 1.0;
        long zaad = 2026;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--schaal")) {
                schaal = Double.parseDouble(args[i + 1]);
            } else if (args[i].equals("--zaad")) {
                zaad = Long.parseLong(args[i + 1]);
            }
        }
        Volume volume = Volume.maal(schaal);
        System.out.println("Volume " + volume + ", seed " + zaad);
        try (Connection database = DriverManager.getConnection(url)) {
            new Datagenerator(database, volume, zaad).laad();
        }
    }

    /** A stable id per kind and number: the benchmark addresses rows by them. */
    static UUID id(int soort, long nummer) {
        return new UUID(0x10000000_0000_4000L | ((long) soort << 16), 0x8000_0000_0000_0000L | nummer);
    }

    static final int ORGANISATIE = 1, DIENST = 2, INWONER = 3, HULPVRAAG = 4, TRIAGE = 5, TOESTEMMING = 6,
            VERWIJZING = 7, LOGBOEK = 8, CONTACT = 9, STATUS = 10, GEBEURTENIS = 11, HUISHOUDEN = 12,
            HUISHOUDLID = 13, PLAN = 14;

    /** The gemeente of resident {@code n}: Dordrecht is the largest, as in the region's figures. */
    static int gemeenteVan(long inwoner) {
        long r = inwoner % 10;
        return r < 4 ? 0 : r < 7 ? 1 : r < 9 ? 2 : 3;
    }

    void laad() throws SQLException, IOException {
        Instant begin = Instant.now();
        try (Statement sql = database.createStatement()) {
            for (int g = 0; g < GEMEENTEN.length; g++) {
                sql.execute("insert into gemeente (code, naam) values ('" + GEMEENTEN[g] + "', '" + GEMEENTEN[g]
                        + "') on conflict do nothing");
            }
            // 24 months of the access log, and the months ahead the service keeps ready
            sql.execute("select logboek_maak_partities(date '2024-12-01', 38)");
        }
        organisaties();
        diensten();
        inwoners();
        hulpvragen();
        contactmomenten();
        triages();
        verwijzingen();
        huishoudens();
        logboek();
        try (Statement sql = database.createStatement()) {
            // as autovacuum would have left a database in use: statistics, and the visibility map that
            // lets counts under row-level security run as index-only scans
            sql.execute("vacuum (analyze)");
        }
        System.out.println("Loaded in " + Duration.between(begin, Instant.now()).toSeconds() + " s");
    }

    private void organisaties() throws SQLException, IOException {
        laad("organisatie (id, versie, naam, omschrijving, gemeenten, aangemaakt_op, gewijzigd_op)",
                volume.organisaties(), (n, regel) -> regel
                        .uuid(id(ORGANISATIE, n)).getal(0).tekst("Organisatie " + n)
                        .tekst("Hulp en ondersteuning in de regio, organisatie " + n)
                        .lijst(n % 3 == 0 ? List.of(GEMEENTEN) : List.of(GEMEENTEN[(int) (n % 4)]))
                        .tijd(nu).tijd(nu));
    }

    private void diensten() throws SQLException, IOException {
        laad("dienst (id, versie, organisatie_id, naam, omschrijving, leefgebieden, doelgroepen, gemeenten, wijken,"
                        + " werkgebied, aanmeldwijze, reactietermijn_werkdagen, aangemaakt_op, gewijzigd_op)",
                volume.diensten(), (n, regel) -> {
                    long organisatie = n % volume.organisaties();
                    int g = (int) (organisatie % 4);
                    List<String> gemeenten = organisatie % 3 == 0 ? List.of(GEMEENTEN) : List.of(GEMEENTEN[g]);
                    boolean inWijk = organisatie % 3 != 0 && n % 4 == 0;
                    String wijk = WIJKEN[g][(int) (n % WIJKEN[g].length)];
                    List<String> werkgebied = new ArrayList<>();
                    if (inWijk) {
                        werkgebied.add(GEMEENTEN[g] + "/" + wijk);
                    } else {
                        werkgebied.addAll(gemeenten);
                    }
                    regel.uuid(id(DIENST, n)).getal(0).uuid(id(ORGANISATIE, organisatie))
                            .tekst("Dienst " + n).tekst("Ondersteuning bij " + LEEFGEBIEDEN[(int) (n % 13)])
                            .lijst(List.of(LEEFGEBIEDEN[(int) (n % 13)], LEEFGEBIEDEN[(int) ((n + 5) % 13)]))
                            .lijst(List.of("volwassenen"))
                            .lijst(gemeenten).lijst(inWijk ? List.of(wijk) : List.of()).lijst(werkgebied)
                            .tekst(n % 3 == 0 ? "vrij-toegankelijk" : "verwijzing").getal(5).tijd(nu).tijd(nu);
                });
    }

    private void inwoners() throws SQLException, IOException {
        laad("inwoner (id, versie, gemeente, voornamen, achternaam, geboortedatum, bsn, adres_postcode, wijk,"
                        + " aangemaakt_op, gewijzigd_op)",
                volume.inwoners(), (n, regel) -> {
                    int g = gemeenteVan(n);
                    int plek = (int) ((n / 10) % WIJKEN[g].length);
                    regel.uuid(id(INWONER, n)).getal(0).tekst(GEMEENTEN[g]).tekst("Inwoner").tekst("Nummer " + n)
                            .datum(LocalDate.of(1940, 1, 1).plusDays(n % 25_000)).tekst(bsn(n))
                            .tekst(POSTCODES[g][plek] + "AB").tekst(WIJKEN[g][plek])
                            .tijd(nu.minus(Duration.ofDays(n % 730))).tijd(nu);
                });
    }

    private void hulpvragen() throws SQLException, IOException {
        laad("hulpvraag (id, versie, gemeente, inwoner_id, kanaal, omschrijving, leefgebieden, wettelijk_kader,"
                        + " urgentie, team, medewerker, status, afsluitreden, wijk, registratie_datum, termijn_datum,"
                        + " aangemaakt_op, gewijzigd_op, vertrouwelijk)",
                volume.hulpvragen(), (n, regel) -> {
                    long inwoner = n % volume.inwoners();
                    int g = gemeenteVan(inwoner);
                    boolean open = open(n);
                    Instant aangemaakt = aangemaakt(n);
                    LocalDate registratie = LocalDate.ofInstant(aangemaakt, ZoneOffset.UTC);
                    String status = open ? (n % 3 == 0 ? "nieuw" : n % 3 == 1 ? "in-behandeling" : "verwezen") : "afgesloten";
                    regel.uuid(id(HULPVRAAG, n)).getal(0).tekst(GEMEENTEN[g]).uuid(id(INWONER, inwoner))
                            .tekst(n % 2 == 0 ? "balie" : "telefoon").tekst("Vraag " + n + " over geld en de dag")
                            .lijst(List.of(LEEFGEBIEDEN[(int) (n % 13)])).tekst(n % 5 == 0 ? "schuldhulp" : "wmo-melding")
                            .tekst("normaal").tekst("team-" + (n % TEAMS)).tekst(open ? "medewerker-" + (n % 40) : null)
                            .tekst(status).tekst(open ? null : n % 3 == 0 ? "verwezen-en-afgerond" : "opgelost")
                            .tekst(WIJKEN[g][(int) ((inwoner / 10) % WIJKEN[g].length)]).datum(registratie)
                            .datum(registratie.plusDays(n % 5 == 0 ? 28 : 42)).tijd(aangemaakt).tijd(aangemaakt)
                            .tekst("f");
                });
        // two steps per question: its registration, and then its closing (85%, with its afsluitreden, as
        // the steering figures count them) or its intake (in behandeling)
        laad("statuswijziging (id, gemeente, hulpvraag_id, van, naar, reden, afsluitreden, medewerker, tijdstip)",
                volume.hulpvragen() * 2, (n, regel) -> {
                    long vraag = n / 2;
                    Instant aangemaakt = aangemaakt(vraag);
                    regel.uuid(id(STATUS, n)).tekst(GEMEENTEN[gemeenteVan(vraag % volume.inwoners())])
                            .uuid(id(HULPVRAAG, vraag));
                    if (n % 2 == 0) {
                        regel.tekst(null).tekst("nieuw").tekst("geregistreerd").tekst(null).tekst("balie")
                                .tijd(aangemaakt);
                    } else if (open(vraag)) {
                        regel.tekst("nieuw").tekst("in-behandeling").tekst(null).tekst(null).tekst("professional")
                                .tijd(min(aangemaakt.plus(Duration.ofHours(1 + vraag % 48)), nu));
                    } else {
                        regel.tekst("nieuw").tekst("afgesloten").tekst(null)
                                .tekst(vraag % 3 == 0 ? "verwezen-en-afgerond" : "opgelost").tekst("professional")
                                .tijd(min(aangemaakt.plus(Duration.ofHours(1 + vraag % (60 * 24))), nu));
                    }
                });
    }

    private static Instant min(Instant een, Instant ander) {
        return een.isBefore(ander) ? een : ander;
    }

    private boolean open(long vraag) {
        return willekeur(HULPVRAAG, vraag).nextInt(100) < 15;
    }

    private Instant aangemaakt(long vraag) {
        return nu.minus(Duration.ofMinutes(willekeur(HULPVRAAG, vraag).nextLong(730L * 24 * 60)));
    }

    private void contactmomenten() throws SQLException, IOException {
        laad("contactmoment (id, gemeente, hulpvraag_id, datum, kanaal, medewerker, verslag, aangemaakt_op)",
                volume.contactmomenten(), (n, regel) -> {
                    long vraag = n % volume.hulpvragen();
                    regel.uuid(id(CONTACT, n)).tekst(GEMEENTEN[gemeenteVan(vraag % volume.inwoners())])
                            .uuid(id(HULPVRAAG, vraag)).datum(LocalDate.of(2026, 11, 1).minusDays(n % 700))
                            .tekst("telefoon").tekst("medewerker-" + (n % 40))
                            .tekst("Gesprek over de situatie; afspraken gemaakt.").tijd(nu);
                });
    }

    /**
     * The question triage {@code n} scores: every fourth triage scores the question of the one before it
     * again (dated a day apart, with other ZRM scores), so that the steering figures' ZRM change has
     * questions scored twice to count.
     */
    private long vraagVanTriage(long n) {
        return (n % 4 == 3 ? n - 1 : n) % volume.hulpvragen();
    }

    private void triages() throws SQLException, IOException {
        laad("triage (id, gemeente, hulpvraag_id, inwoner_id, team, beoordelaar, datum, uitkomst, veiligheid,"
                        + " dreigingen, urgent, onderliggende_vragen, advies, aangemaakt_op)",
                volume.triages(), (n, regel) -> {
                    long vraag = vraagVanTriage(n);
                    long inwoner = vraag % volume.inwoners();
                    regel.uuid(id(TRIAGE, n)).tekst(GEMEENTEN[gemeenteVan(inwoner)]).uuid(id(HULPVRAAG, vraag))
                            .uuid(id(INWONER, inwoner)).tekst("team-" + (vraag % TEAMS)).tekst("professional")
                            .datum(LocalDate.of(2026, 11, 1).minusDays(n % 700)).tekst("zelf-oplossen")
                            .lijst(List.of()).lijst(List.of()).tekst("f").tekst("[]").tekst("[]").tijd(nu);
                });
        laad("zrm_score (triage_id, gemeente, leefgebied, score, eigen_kracht, netwerk, professionele_hulp)",
                volume.triages() * 2, (n, regel) -> {
                    long triage = n / 2;
                    long vraag = vraagVanTriage(triage);
                    regel.uuid(id(TRIAGE, triage)).tekst(GEMEENTEN[gemeenteVan(vraag % volume.inwoners())])
                            .tekst(n % 2 == 0 ? "financien" : "sociaal-netwerk").getal(1 + n % 5).getal(40).getal(30)
                            .getal(30);
                });
    }

    private void verwijzingen() throws SQLException, IOException {
        laad("toestemming (id, gemeente, inwoner_id, organisatie_id, doel, datum, vorm, geldig_tot, vastgelegd_door,"
                        + " aangemaakt_op)",
                volume.verwijzingen(), (n, regel) -> {
                    long vraag = n * 3 % volume.hulpvragen();
                    long inwoner = vraag % volume.inwoners();
                    regel.uuid(id(TOESTEMMING, n)).tekst(GEMEENTEN[gemeenteVan(inwoner)]).uuid(id(INWONER, inwoner))
                            .uuid(id(ORGANISATIE, partner(n))).tekst("Verwijzing").datum(LocalDate.of(2026, 1, 1))
                            .tekst("mondeling").datum(LocalDate.of(2027, 6, 1)).tekst("professional").tijd(nu);
                });
        laad("verwijzing (id, versie, gemeente, hulpvraag_id, inwoner_id, team, dienst_id, organisatie_id, reden,"
                        + " urgentie, gedeeld, toestemming_id, status, verzonden_op, reactie_datum, gewijzigd_op)",
                volume.verwijzingen(), (n, regel) -> {
                    long vraag = n * 3 % volume.hulpvragen();
                    long inwoner = vraag % volume.inwoners();
                    long organisatie = partner(n);
                    // the organisation's first service; a handful of partners hold most of the work
                    long dienst = organisatie;
                    regel.uuid(id(VERWIJZING, n)).getal(0).tekst(GEMEENTEN[gemeenteVan(inwoner)])
                            .uuid(id(HULPVRAAG, vraag)).uuid(id(INWONER, inwoner)).tekst("team-" + (vraag % TEAMS))
                            .uuid(id(DIENST, dienst)).uuid(id(ORGANISATIE, organisatie)).tekst("Specialistische hulp")
                            .tekst("normaal")
                            .tekst("{\"samenvatting\":\"Loopt vast\",\"leefgebieden\":[\"financien\"],\"scores\":[]}")
                            .uuid(id(TOESTEMMING, n))
                            .tekst(n % 10 < 2 ? "verzonden" : n % 10 < 4 ? "in-behandeling" : "afgerond")
                            .tijd(nu.minus(Duration.ofMinutes(n * 7 % (730L * 24 * 60))))
                            .datum(LocalDate.of(2026, 12, 8)).tijd(nu);
                });
        // the event each referral wrote when it was sent, as the service writes it: the partner's feed,
        // with its place in the partner's stream (1, 2, 3 ... per organisation; rows come in order of n)
        Map<Long, Long> reeksen = new HashMap<>();
        laad("gebeurtenis (id, organisatie_id, soort, type, onderwerp, reeks, verwijzing_id, tijdstip, gegevens,"
                        + " gemeente)",
                volume.verwijzingen(), (n, regel) -> regel.uuid(id(GEBEURTENIS, n))
                        .uuid(id(ORGANISATIE, partner(n))).tekst("verwijzing-verzonden")
                        .tekst("nl.vraagwijzer.verwijzing.verzonden").uuid(id(VERWIJZING, n))
                        .getal(reeksen.merge(partner(n), 1L, Long::sum)).uuid(id(VERWIJZING, n))
                        .tijd(nu.minus(Duration.ofMinutes(n * 7 % (730L * 24 * 60))))
                        .tekst("{\"verwijzingId\":\"" + id(VERWIJZING, n) + "\",\"status\":\"verzonden\",\"versie\":0}")
                        .tekst(GEMEENTEN[gemeenteVan(n * 3 % volume.hulpvragen() % volume.inwoners())]));
        try (Statement sql = database.createStatement()) {
            sql.execute("insert into gebeurtenisreeks (organisatie_id, laatste)"
                    + " select organisatie_id, max(reeks) from gebeurtenis group by organisatie_id");
        }
    }

    /**
     * Households: the residents of every third block of ten, per gemeente within the block (the
     * four of Dordrecht, the three of Weert, the two of Leudal, the one of Nederweert), a main
     * resident, a partner and children; half of them with a support plan of one goal and an
     * evaluation date.
     */
    private void huishoudens() throws SQLException, IOException {
        long blokken = (volume.inwoners() / 10 + 2) / 3;
        laad("huishouden (id, gemeente, versie, aangemaakt_door, aangemaakt_op, gewijzigd_op)",
                blokken * 4, (i, regel) -> regel.uuid(id(HUISHOUDEN, i)).tekst(GEMEENTEN[(int) (i % 4)]).getal(0)
                        .tekst("baliemedewerker").tijd(nu).tijd(nu));
        laad("huishoudlid (id, gemeente, huishouden_id, inwoner_id, relatie, vanaf, vastgelegd_door, vastgelegd_op)",
                blokken * 10, (m, regel) -> {
                    long inwoner = (m / 10) * 30 + m % 10;
                    int gemeente = gemeenteVan(inwoner);
                    long eerste = (m / 10) * 30 + (gemeente == 0 ? 0 : gemeente == 1 ? 4 : gemeente == 2 ? 7 : 9);
                    String relatie = inwoner == eerste ? "hoofdbewoner" : inwoner == eerste + 1 ? "partner" : "kind";
                    regel.uuid(id(HUISHOUDLID, m)).tekst(GEMEENTEN[gemeente]).uuid(id(HUISHOUDEN, (m / 10) * 4 + gemeente))
                            .uuid(id(INWONER, inwoner)).tekst(relatie).datum(LocalDate.of(2025, 1, 1))
                            .tekst("baliemedewerker").tijd(nu);
                });
        laad("ondersteuningsplan (id, gemeente, huishouden_id, team, regisseur_medewerker, regisseur_naam, inhoud,"
                        + " gewijzigd_na_akkoord, versie, aangemaakt_op, gewijzigd_op)",
                blokken * 2, (p, regel) -> {
                    // half of the households of every gemeente: four of every eight
                    long huishouden = (p / 4) * 8 + p % 4;
                    regel.uuid(id(PLAN, p)).tekst(GEMEENTEN[(int) (huishouden % 4)]).uuid(id(HUISHOUDEN, huishouden))
                            .tekst("team-" + (p % TEAMS)).tekst("medewerker-" + (p % 40)).tekst("Medewerker")
                            .tekst("{\"doelen\":[{\"id\":\"" + id(PLAN, p) + "\",\"inwonerId\":null,"
                                    + "\"leefgebied\":\"" + LEEFGEBIEDEN[(int) (p % 13)] + "\",\"omschrijving\":"
                                    + "\"Weer overzicht\",\"zrmStart\":2,\"zrmDoel\":4,\"streefdatum\":null,"
                                    + "\"voortgang\":\"" + (p % 5 == 0 ? "achieved" : "in-progress") + "\"}],"
                                    + "\"acties\":[],\"evaluatiedata\":[\"2027-03-01\"]}")
                            .tekst("f").getal(0).tijd(nu).tijd(nu);
                });
    }

    /**
     * Partner of referral {@code n}: organisation 0 (one serving all four) takes a tenth of all work,
     * organisation 3 (also serving all four) one in 150, all of it still sent (2,000 open referrals at
     * the full volume against organisation 0's 30,000: the one-owner scenario of issue 28, in which a
     * cursor page must cost the same for both), the rest is spread over all organisations.
     */
    long partner(long n) {
        return n % 10 == 0 ? 0 : n % 150 == 1 ? KLEIN_PARTNER : (n * 31) % volume.organisaties();
    }

    /**
     * The access log's secondary indexes are dropped before its rows are copied and built once
     * afterwards (same names and definitions as the migrations): building a GIN index in one pass is
     * several times faster than maintaining it row by row.
     */
    private static final List<String> LOGBOEK_INDEXEN = List.of(
            "create index logboek_inwoner on logboek using gin (inwoner_ids)",
            "create index logboek_medewerker on logboek (medewerker, tijdstip)");

    private void logboek() throws SQLException, IOException {
        try (Statement sql = database.createStatement()) {
            sql.execute("drop index logboek_inwoner, logboek_medewerker");
        }
        logboekregels();
        Instant begin = Instant.now();
        try (Statement sql = database.createStatement()) {
            sql.execute("set maintenance_work_mem = '1GB'");
            for (String index : LOGBOEK_INDEXEN) {
                sql.execute(index);
            }
        }
        System.out.printf(Locale.ROOT, "%-16s indexes built in %5.1f s%n", "logboek",
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    private void logboekregels() throws SQLException, IOException {
        long seconden = 730L * 24 * 3600;
        laad("logboek (id, tijdstip, medewerker, naam, rollen, actie, inwoner_ids, resultaat, gemeente)",
                volume.logboekregels(), (n, regel) -> {
                    long inwoner = willekeur(LOGBOEK, n).nextLong(volume.inwoners());
                    regel.uuid(id(LOGBOEK, n)).tijd(nu.minusSeconds(seconden - n * seconden / volume.logboekregels()))
                            .tekst("medewerker-" + (n % 40)).tekst("Medewerker").lijst(List.of("professional"))
                            .tekst(n % 4 == 0 ? "hulpvraag-lezen" : n % 4 == 1 ? "inwoner-lezen" : "hulpvragen-zoeken")
                            .lijst(List.of(id(INWONER, inwoner).toString())).tekst("toegestaan")
                            .tekst(GEMEENTEN[gemeenteVan(inwoner)]);
                });
    }

    private SplittableRandom willekeur(int soort, long n) {
        return new SplittableRandom(zaad * 1_000_003L + soort * 7_919L + n);
    }

    /** A BSN passing the elfproef, unique per resident. */
    static String bsn(long n) {
        for (long poging = n * 10; ; poging++) {
            String kandidaat = String.format(Locale.ROOT, "%08d", 10_000_000 + poging % 89_999_999);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (kandidaat.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                return kandidaat + controle;
            }
        }
    }

    interface Rij {
        void vul(long n, Regel regel);
    }

    /** One line of COPY text format. */
    static final class Regel {
        private final StringBuilder tekst = new StringBuilder(256);

        Regel veld(String waarde) {
            if (!tekst.isEmpty()) {
                tekst.append('\t');
            }
            tekst.append(waarde == null ? "\\N" : waarde);
            return this;
        }

        Regel tekst(String waarde) {
            return veld(waarde == null ? null : waarde.replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
        }

        Regel uuid(UUID waarde) {
            return veld(waarde.toString());
        }

        Regel getal(long waarde) {
            return veld(Long.toString(waarde));
        }

        Regel datum(LocalDate waarde) {
            return veld(waarde.toString());
        }

        Regel tijd(Instant waarde) {
            return veld(waarde.toString());
        }

        Regel lijst(List<String> waarden) {
            return veld("{" + String.join(",", waarden.stream().map(w -> "\"" + w + "\"").toList()) + "}");
        }
    }

    private void laad(String tabel, long aantal, Rij rij) throws SQLException, IOException {
        Instant begin = Instant.now();
        long geladen = copy.copyIn("copy " + tabel + " from stdin", new Regels(aantal, rij));
        System.out.printf(Locale.ROOT, "%-16s %,12d rows in %5.1f s%n", tabel.substring(0, tabel.indexOf(' ')),
                geladen, Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    /** The rows as a character stream, made as COPY reads them (nothing is held in memory). */
    private static final class Regels extends Reader {
        private final long aantal;
        private final Rij rij;
        private long volgende;
        private String huidig = "";
        private int positie;

        Regels(long aantal, Rij rij) {
            this.aantal = aantal;
            this.rij = rij;
        }

        @Override
        public int read(char[] buffer, int offset, int lengte) {
            int gelezen = 0;
            while (gelezen < lengte) {
                if (positie == huidig.length()) {
                    if (volgende == aantal) {
                        return gelezen == 0 ? -1 : gelezen;
                    }
                    Regel regel = new Regel();
                    rij.vul(volgende++, regel);
                    huidig = regel.tekst.append('\n').toString();
                    positie = 0;
                }
                int stuk = Math.min(lengte - gelezen, huidig.length() - positie);
                huidig.getChars(positie, positie + stuk, buffer, offset + gelezen);
                positie += stuk;
                gelezen += stuk;
            }
            return gelezen;
        }

        @Override
        public void close() {}
    }
}
