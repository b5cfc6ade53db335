package nl.vraagwijzer.shared.gemeente;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gemeenten of this deployment with their wijken (postcode areas) and teams, from the
 * configuration ({@link GemeenteConfig}). Built at start, so that a mistake in the configuration
 * (no CBS code, a postcode area that is none, a team in a wijk its gemeente lacks, a postcode in two
 * gemeenten) stops the service instead of failing requests; and written to the table
 * {@code gemeente} that every tenant row refers to.
 */
@ApplicationScoped
public class Gemeenteindeling {

    public static final Pattern CBS_CODE = Pattern.compile("^GM[0-9]{4}$");

    /** The organisatie-identificatienummer (Logius): twenty digits. */
    public static final Pattern OIN = Pattern.compile("^[0-9]{20}$");

    /** A gemeente with its own settings; absent settings fall back to the deployment's. */
    public record Gemeente(
            String code,
            String naam,
            List<Wijk> wijken,
            List<Team> teams,
            Optional<String> intakeTeam,
            Optional<Duration> bewaartermijn,
            Optional<String> oin) {

        public Optional<Wijk> wijk(String naam) {
            return wijken.stream().filter(wijk -> wijk.naam().equals(naam)).findFirst();
        }
    }

    /** A wijk and its postcode areas as configured ({@code 3317}, {@code 3314AA-3314ZZ}). */
    public record Wijk(String naam, List<String> postcodegebieden) {}

    /** A team; no wijken: it works in the whole gemeente. */
    public record Team(String code, String naam, List<String> wijken) {}

    /** Where a postcode lies: its gemeente, and its wijk when a configured area holds it. */
    public record Plaats(String gemeente, Optional<String> wijk) {}

    private record Gebied(String gemeente, String wijk, String van, String tot) {
        boolean bevat(String postcode) {
            return postcode.compareTo(van) >= 0 && postcode.compareTo(tot) <= 0;
        }

        boolean overlapt(Gebied ander) {
            return van.compareTo(ander.tot) <= 0 && ander.van.compareTo(tot) <= 0;
        }
    }

    private final String standaard;
    private final Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
    private final List<Gebied> gebieden = new ArrayList<>();
    private final EntityManager entityManager;

    public Gemeenteindeling(GemeenteConfig config, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.standaard = cbsCode(config.gemeente().standaard(), "vraagwijzer.gemeente.standaard");
        config.gemeenten().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> voegToe(entry.getKey(), entry.getValue()));
        gemeenten.computeIfAbsent(
                standaard,
                code -> new Gemeente(
                        code,
                        code,
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        oin(config.gemeente().oin(), "vraagwijzer.gemeente.oin")));
        for (int i = 0; i < gebieden.size(); i++) {
            for (int j = i + 1; j < gebieden.size(); j++) {
                Gebied een = gebieden.get(i);
                Gebied ander = gebieden.get(j);
                if (een.overlapt(ander) && !een.gemeente().equals(ander.gemeente())) {
                    throw new IllegalArgumentException("vraagwijzer.gemeenten: postcodes " + ander.van() + "-"
                            + ander.tot() + " liggen in " + een.gemeente() + " en in " + ander.gemeente());
                }
            }
        }
    }

    /** Writes the configured gemeenten to the table, before any request can refer to them. */
    @Transactional
    void schrijf(@Observes @Priority(10) StartupEvent start) {
        for (Gemeente gemeente : gemeenten.values()) {
            entityManager
                    .createNativeQuery("insert into gemeente (code, naam) values (:code, :naam)"
                            + " on conflict (code) do update set naam = excluded.naam")
                    .setParameter("code", gemeente.code())
                    .setParameter("naam", gemeente.naam())
                    .executeUpdate();
        }
    }

    /** The gemeente a staff token that names none acts for. */
    public String standaard() {
        return standaard;
    }

    public Set<String> codes() {
        return gemeenten.keySet();
    }

    public Optional<Gemeente> gemeente(String code) {
        return Optional.ofNullable(code).map(gemeenten::get);
    }

    /** Every gemeente, by code. */
    public List<Gemeente> alle() {
        return gemeenten.values().stream()
                .sorted(Comparator.comparing(Gemeente::code))
                .toList();
    }

    /** The gemeente and wijk of a canonical postcode ({@code 1234AB}); empty outside every configured area. */
    public Optional<Plaats> plaats(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        return gebieden.stream()
                .filter(gebied -> gebied.bevat(postcode))
                .findFirst()
                .map(gebied -> new Plaats(gebied.gemeente(), Optional.of(gebied.wijk())));
    }

    /** The wijk of a postcode within one gemeente; empty when it lies in none of that gemeente's wijken. */
    public Optional<String> wijk(String gemeente, String postcode) {
        return plaats(postcode)
                .filter(plaats -> plaats.gemeente().equals(gemeente))
                .flatMap(Plaats::wijk);
    }

    private void voegToe(String code, GemeenteConfig.Gemeente config) {
        String sleutel = "vraagwijzer.gemeenten." + code;
        cbsCode(code, sleutel);
        List<Wijk> wijken = new ArrayList<>();
        config.wijken().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(wijk -> {
            for (String gebied : wijk.getValue()) {
                gebieden.add(gebied(code, wijk.getKey(), gebied.strip().toUpperCase(Locale.ROOT), sleutel));
            }
            wijken.add(new Wijk(wijk.getKey(), List.copyOf(wijk.getValue())));
        });
        List<Team> teams = new ArrayList<>();
        config.teams().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(team -> {
            List<String> teamWijken = team.getValue().wijken().orElse(List.of());
            for (String wijk : teamWijken) {
                if (wijken.stream().noneMatch(w -> w.naam().equals(wijk))) {
                    throw new IllegalArgumentException(
                            sleutel + ".teams." + team.getKey() + ": wijk '" + wijk + "' hoort niet bij " + code);
                }
            }
            teams.add(new Team(team.getKey(), team.getValue().naam(), List.copyOf(teamWijken)));
        });
        gemeenten.put(
                code,
                new Gemeente(
                        code,
                        config.naam(),
                        List.copyOf(wijken),
                        List.copyOf(teams),
                        config.intakeTeam(),
                        config.bewaartermijn(),
                        oin(config.oin(), "vraagwijzer.gemeenten." + code + ".oin")));
    }

    private static Optional<String> oin(Optional<String> oin, String sleutel) {
        oin.filter(waarde -> !OIN.matcher(waarde).matches()).ifPresent(waarde -> {
            throw new IllegalArgumentException(sleutel + ": " + waarde + " is geen OIN (twintig cijfers)");
        });
        return oin;
    }

    private static String cbsCode(String code, String sleutel) {
        if (!CBS_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    sleutel + ": '" + code + "' is geen CBS-code (GM gevolgd door vier cijfers)");
        }
        return code;
    }

    private static Gebied gebied(String gemeente, String wijk, String gebied, String sleutel) {
        if (gebied.matches("[1-9][0-9]{3}")) {
            return new Gebied(gemeente, wijk, gebied + "AA", gebied + "ZZ");
        }
        String[] grenzen = gebied.replace(" ", "").split("-");
        if (grenzen.length != 2
                || !grenzen[0].matches("[1-9][0-9]{3}[A-Z]{2}")
                || !grenzen[1].matches("[1-9][0-9]{3}[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    sleutel + ".wijken." + wijk + ": '" + gebied + "' is geen postcodegebied (1234 of 1234AA-1234ZZ)");
        }
        return new Gebied(gemeente, wijk, grenzen[0], grenzen[1]);
    }
}
