package nl.vraagwijzer.voordeur;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which neighbourhood (wijk) a postcode lies in, from the configured postcode areas. Built at
 * start, so a mistake in the configuration stops the service instead of failing requests.
 */
@Startup
@ApplicationScoped
public class WijkIndeling {

    private record Gebied(String wijk, String van, String tot) {
        boolean bevat(String postcode) {
            return postcode.compareTo(van) >= 0 && postcode.compareTo(tot) <= 0;
        }
    }

    private final List<Gebied> gebieden = new ArrayList<>();

    public WijkIndeling(VoordeurConfig config) {
        for (Map.Entry<String, List<String>> wijk : config.wijken().entrySet()) {
            for (String gebied : wijk.getValue()) {
                gebieden.add(gebied(wijk.getKey(), gebied.strip().toUpperCase(Locale.ROOT)));
            }
        }
    }

    /** The wijk of a canonical postcode ({@code 1234AB}); empty outside every configured area. */
    public Optional<String> wijk(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        return gebieden.stream()
                .filter(gebied -> gebied.bevat(postcode))
                .map(Gebied::wijk)
                .findFirst();
    }

    private static Gebied gebied(String wijk, String gebied) {
        if (gebied.matches("[1-9][0-9]{3}")) {
            return new Gebied(wijk, gebied + "AA", gebied + "ZZ");
        }
        String[] grenzen = gebied.replace(" ", "").split("-");
        if (grenzen.length != 2
                || !grenzen[0].matches("[1-9][0-9]{3}[A-Z]{2}")
                || !grenzen[1].matches("[1-9][0-9]{3}[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "vraagwijzer.wijken." + wijk + ": '" + gebied + "' is geen postcodegebied (1234 of 1234AA-1234ZZ)");
        }
        return new Gebied(wijk, grenzen[0], grenzen[1]);
    }
}
