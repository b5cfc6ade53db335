package nl.vraagwijzer.vroegsignalering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vraagwijzer.shared.cijfers.CijferConfig;
import nl.vraagwijzer.shared.cijfers.Onderdrukking;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * The monitor figures of the outreach per gemeente, team and calendar month (the Divosa monitor's
 * measures, defined in the contract's {@code Vroegsignaleringsmaatstaf}): counts only, small ones
 * suppressed by {@link Onderdrukking}.
 */
@ApplicationScoped
public class Vroegsignaleringsmonitor {

    private static final int MAANDEN_HOOGSTENS = 36;

    /** One cell: a count ({@code null} when suppressed or not counted) and the figure that follows from it. */
    public record Cijfer(
            String gemeente,
            String team,
            String maand,
            String maatstaf,
            String categorie,
            Long aantal,
            Double waarde,
            boolean onderdrukt) {}

    private final VroegsignaalzaakRepository zaken;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;
    private final VroegsignaleringConfig config;
    private final CijferConfig cijferConfig;
    private final Clock clock;

    public Vroegsignaleringsmonitor(
            VroegsignaalzaakRepository zaken,
            Aanroeper aanroeper,
            Gemeentekeuze gemeentekeuze,
            VroegsignaleringConfig config,
            CijferConfig cijferConfig,
            Clock clock) {
        this.zaken = zaken;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
        this.config = config;
        this.cijferConfig = cijferConfig;
        this.clock = clock;
    }

    /**
     * The cells of the months {@code vanaf} to {@code tot} (both {@code JJJJ-MM}, inclusive; without,
     * the last twelve months), of the caller's team (a team lead) or of {@code team} or every team
     * ({@code rapportage}), in the gemeente the caller acts for or the regional set asked for.
     *
     * @throws ApiProblem 400 for a period that ends before it starts or spans more than 36 months;
     *     403 for a team lead asking for another team
     */
    @Transactional
    public List<Cijfer> cijfers(String vanaf, String tot, String team, Set<String> gemeenten) {
        YearMonth laatste = tot == null ? YearMonth.now(clock.withZone(Werkdagen.NEDERLAND)) : YearMonth.parse(tot);
        YearMonth eerste = vanaf == null ? laatste.minusMonths(11) : YearMonth.parse(vanaf);
        if (laatste.isBefore(eerste)) {
            throw ApiProblem.badRequest("tot: " + laatste + " ligt voor vanaf (" + eerste + ").");
        }
        if (ChronoUnit.MONTHS.between(eerste, laatste) >= MAANDEN_HOOGSTENS) {
            throw ApiProblem.badRequest("tot: de periode " + eerste + " tot en met " + laatste + " is langer dan "
                    + MAANDEN_HOOGSTENS + " maanden.");
        }
        String filter = aanroeper.overzichtTeam(team);
        if (gemeenten != null && !gemeenten.isEmpty()) {
            gemeentekeuze.regionaal(gemeenten);
        }
        LocalDate van = eerste.atDay(1);
        LocalDate totAan = laatste.plusMonths(1).atDay(1);
        Map<List<String>, Map<String, Long>> perMaand = new TreeMap<>(Vroegsignaleringsmonitor::vergelijk);
        for (VroegsignaalzaakRepository.Telling telling :
                zaken.monitor(van, totAan, Werkdagen.begin(van), Werkdagen.begin(totAan), filter)) {
            perMaand.computeIfAbsent(
                            List.of(telling.gemeente(), telling.team(), telling.maand()), sleutel -> new HashMap<>())
                    .put(sleutel(telling.maatstaf(), telling.categorie()), telling.aantal());
        }
        List<Cijfer> cijfers = new ArrayList<>();
        perMaand.forEach((sleutel, tellingen) ->
                cijfers.addAll(new Maand(sleutel.get(0), sleutel.get(1), sleutel.get(2), tellingen).cellen()));
        return cijfers;
    }

    private static int vergelijk(List<String> een, List<String> ander) {
        for (int i = 0; i < een.size(); i++) {
            int verschil = een.get(i).compareTo(ander.get(i));
            if (verschil != 0) {
                return verschil;
            }
        }
        return 0;
    }

    private static String sleutel(String maatstaf, String categorie) {
        return categorie == null ? maatstaf : maatstaf + "/" + categorie;
    }

    /** The cells of one team's month: the counts, their sums and suppression, the derived figures. */
    private final class Maand {
        private final String gemeente;
        private final String team;
        private final String maand;
        private final Map<String, Long> tellingen;
        private final Onderdrukking onderdrukking = new Onderdrukking(cijferConfig.kleinsteAantal());
        private final Map<String, Onderdrukking.Cel> cellen = new LinkedHashMap<>();

        Maand(String gemeente, String team, String maand, Map<String, Long> tellingen) {
            this.gemeente = gemeente;
            this.team = team;
            this.maand = maand;
            this.tellingen = tellingen;
        }

        List<Cijfer> cellen() {
            Onderdrukking.Cel signalen = onderdrukking.som(delen("signalen-per-soort", Ggm.Signaalpartner.values()));
            cellen.put("signalen", signalen);
            cellen.putAll(cellenVan("signalen-per-soort"));
            Onderdrukking.Cel herhaald = cel("herhaalde-meldingen");
            rest(signalen, herhaald);
            Onderdrukking.Cel aantalZaken = cel("zaken");
            rest(aantalZaken, cel("zaken-binnen-termijn-bereikt"));
            List<Onderdrukking.Cel> pogingenPerSoort = delen("contactpogingen", Ggm.Contactsoort.values());
            List<Onderdrukking.Cel> bereiktPerSoort = delen("contactpogingen-bereikt", Ggm.Contactsoort.values());
            Onderdrukking.Cel pogingen = onderdrukking.som(pogingenPerSoort);
            Onderdrukking.Cel bereikt = onderdrukking.som(bereiktPerSoort);
            cellen.put("contactpogingen", pogingen);
            cellen.putAll(cellenVan("contactpogingen"));
            cellen.put("contactpogingen-bereikt", bereikt);
            cellen.putAll(cellenVan("contactpogingen-bereikt"));
            rest(pogingen, bereikt);
            for (int i = 0; i < pogingenPerSoort.size(); i++) {
                rest(pogingenPerSoort.get(i), bereiktPerSoort.get(i));
            }
            List<Onderdrukking.Cel> resultaten = delen("eindresultaten", Ggm.Eindresultaat.values());
            Onderdrukking.Cel afgesloten = onderdrukking.som(resultaten);
            cellen.put("afgesloten", afgesloten);
            cellen.putAll(cellenVan("eindresultaten"));
            List<Ggm.Eindresultaat> aanvaard = Arrays.stream(Ggm.Eindresultaat.values())
                    .filter(Ggm.Eindresultaat::hulpAanvaard)
                    .toList();
            Onderdrukking.Cel hulp = onderdrukking.som(aanvaard.stream()
                    .map(resultaat -> cellen.get(sleutel("eindresultaten", resultaat.code())))
                    .toList());
            cellen.put("hulp-aanvaard", hulp);
            rest(afgesloten, hulp);
            onderdrukking.pasToe();

            Integer inwoners = inwoners();
            List<Cijfer> uit = new ArrayList<>();
            cellen.forEach((sleutel, cel) -> {
                String[] delen = sleutel.split("/", 2);
                String maatstaf = delen[0];
                String categorie = delen.length > 1 ? delen[1] : null;
                Onderdrukking.Cel noemer =
                        switch (maatstaf) {
                            case "signalen-per-soort", "herhaalde-meldingen" -> signalen;
                            case "zaken-binnen-termijn-bereikt" -> aantalZaken;
                            case "contactpogingen-bereikt" ->
                                categorie == null ? pogingen : cellen.get(sleutel("contactpogingen", categorie));
                            case "eindresultaten", "hulp-aanvaard" -> afgesloten;
                            default -> null;
                        };
                Double waarde = null;
                if (maatstaf.equals("signalen") && inwoners != null && !cel.onderdrukt()) {
                    waarde = Onderdrukking.deel(cel.aantal() * 1000, inwoners);
                } else if (noemer != null && !cel.onderdrukt() && !noemer.onderdrukt() && noemer.aantal() > 0) {
                    waarde = Onderdrukking.deel(cel.aantal() * 100, noemer.aantal());
                }
                uit.add(new Cijfer(
                        gemeente,
                        team,
                        maand,
                        maatstaf,
                        categorie,
                        cel.getoond().orElse(null),
                        waarde,
                        cel.onderdrukt()));
            });
            return uit;
        }

        /** One published cell per value of the list, in the list's order (0 where nothing was counted). */
        private List<Onderdrukking.Cel> delen(String maatstaf, Ggm.Waarde[] lijst) {
            return Arrays.stream(lijst)
                    .map(waarde -> {
                        Onderdrukking.Cel cel =
                                onderdrukking.cel(tellingen.getOrDefault(sleutel(maatstaf, waarde.code()), 0L));
                        cellen.put(sleutel(maatstaf, waarde.code()), cel);
                        return cel;
                    })
                    .toList();
        }

        private Map<String, Onderdrukking.Cel> cellenVan(String maatstaf) {
            // already in the map in the list's order; re-put them after their total
            Map<String, Onderdrukking.Cel> deze = new LinkedHashMap<>();
            cellen.entrySet().removeIf(entry -> {
                if (entry.getKey().startsWith(maatstaf + "/")) {
                    deze.put(entry.getKey(), entry.getValue());
                    return true;
                }
                return false;
            });
            return deze;
        }

        private Onderdrukking.Cel cel(String maatstaf) {
            Onderdrukking.Cel cel = onderdrukking.cel(tellingen.getOrDefault(maatstaf, 0L));
            cellen.put(maatstaf, cel);
            return cel;
        }

        /** {@code deel} is part of {@code totaal}; the rest is not published but follows from both. */
        private void rest(Onderdrukking.Cel totaal, Onderdrukking.Cel deel) {
            onderdrukking.som(totaal, List.of(deel, onderdrukking.verborgen(totaal.aantal() - deel.aantal())));
        }

        private Integer inwoners() {
            VroegsignaleringConfig.Gemeente eigen = config.gemeenten().get(gemeente);
            return eigen == null || eigen.inwoners().isEmpty()
                    ? null
                    : eigen.inwoners().getAsInt();
        }
    }
}
