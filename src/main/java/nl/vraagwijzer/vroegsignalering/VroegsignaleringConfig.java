package nl.vraagwijzer.vroegsignalering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** How the outreach on early signals runs and is accounted for ({@code vraagwijzer.vroegsignalering.*}). */
@ConfigMapping(prefix = "vraagwijzer.vroegsignalering")
public interface VroegsignaleringConfig {

    /** Days after a case's first signal within which further signals about the resident join it. */
    @WithDefault("90")
    int matchingperiodeDagen();

    /** The term in working days for a signal that is no crisis (a crisis has the act's three). */
    @WithDefault("10")
    int termijnWerkdagen();

    /** Attempts without contact after which closing as "Definitief geen contact" is proposed. */
    @WithDefault("3")
    int pogingenZonderContact();

    /** Each gemeente's own settings, by CBS code ({@code vraagwijzer.vroegsignalering.gemeenten.GM0505.inwoners}). */
    Map<String, Gemeente> gemeenten();

    Ddas ddas();

    /** One gemeente's settings; what it leaves out is the deployment's. */
    interface Gemeente {

        /** Its inhabitants, for signals per 1,000 inhabitants (CBS's count on 1 January). */
        OptionalInt inwoners();

        OptionalInt matchingperiodeDagen();

        OptionalInt termijnWerkdagen();

        /** Who delivers its DDAS file to CBS, when not the deployment's default. */
        Optional<Organisatie> aanleverendeOrganisatie();
    }

    interface Ddas {

        /** The code CBS gave the supplier (software vendor or host) that delivers the file. */
        @WithDefault("VRAAGWIJZER")
        String codeGegevensleverancier();

        /** Who delivers to CBS for a gemeente that names none of its own; without, the gemeente itself. */
        Optional<Organisatie> aanleverendeOrganisatie();
    }

    /** The DDAS {@code aanleverende_organisatie}: the gemeente itself or the party working for it. */
    interface Organisatie {

        String naam();

        Optional<String> kvkNummer();

        /** Its contact persons for CBS ({@code ...contactpersonen[0].naam}, {@code .email}, ...). */
        Optional<List<Contactpersoon>> contactpersonen();
    }

    interface Contactpersoon {

        String naam();

        Optional<String> telefoonnummer();

        Optional<String> email();

        Optional<String> functietitel();
    }

    /** The matching period and term of {@code gemeente}: its own, else the deployment's. */
    default Vroegsignaalzaak.Regels regels(String gemeente) {
        Optional<Gemeente> eigen = Optional.ofNullable(gemeenten().get(gemeente));
        return new Vroegsignaalzaak.Regels(
                eigen.flatMap(g -> boxed(g.matchingperiodeDagen())).orElse(matchingperiodeDagen()),
                eigen.flatMap(g -> boxed(g.termijnWerkdagen())).orElse(termijnWerkdagen()));
    }

    private static Optional<Integer> boxed(OptionalInt waarde) {
        return waarde.isPresent() ? Optional.of(waarde.getAsInt()) : Optional.empty();
    }
}
