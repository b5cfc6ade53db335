package nl.vraagwijzer.socialekaart;

import java.util.List;
import nl.vraagwijzer.shared.adres.Adres;

/**
 * A collective provision (walk-in, community-centre activity, volunteer initiative, peer group):
 * support "collectief waar mogelijk", with where and when, and whether it is free.
 *
 * @param soort {@code inloop}, {@code buurthuisactiviteit}, {@code vrijwilligersinitiatief} or {@code lotgenotengroep}
 * @param locatieNaam the place's name, such as a community centre; may be null
 * @param adres where; may be null
 */
public record Collectief(
        String soort, boolean kosteloos, String locatieNaam, Adres adres, List<Openingstijd> openingstijden) {

    public Collectief {
        openingstijden = openingstijden == null ? List.of() : List.copyOf(openingstijden);
    }
}
