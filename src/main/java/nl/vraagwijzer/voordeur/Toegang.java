package nl.vraagwijzer.voordeur;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * Object-level access to residents and questions. The desk (baliemedewerker) sees every question;
 * professionals and team leads only those of the team in their token's {@code team} claim
 * (ADR 0007). A refusal is logged before it is answered.
 */
@ApplicationScoped
public class Toegang {

    private final Aanroeper aanroeper;
    private final Logboek logboek;

    public Toegang(Aanroeper aanroeper, Logboek logboek) {
        this.aanroeper = aanroeper;
        this.logboek = logboek;
    }

    /**
     * The team a professional or team lead is limited to (403 when the token names none); empty
     * for the desk and for reports, which see every team.
     */
    Optional<String> teamBeperking() {
        if (aanroeper.heeftRol(BALIEMEDEWERKER) || isRapportage()) {
            return Optional.empty();
        }
        return Optional.of(aanroeper.zichtTeam());
    }

    boolean magTeam(String team) {
        return teamBeperking().map(eigen -> eigen.equals(team)).orElse(true);
    }

    /**
     * Whether the caller may see this question: a confidential one only within its own team (the
     * desk included), any other as {@link #magTeam} says.
     */
    boolean magZien(Hulpvraag hulpvraag) {
        if (hulpvraag.gegevens().vertrouwelijk()) {
            return aanroeper.team().map(hulpvraag.team()::equals).orElse(false);
        }
        return magTeam(hulpvraag.team());
    }

    /** The desk's team, for the list filter on confidential questions; empty for everyone else. */
    Optional<String> vertrouwelijkFilter() {
        return aanroeper.heeftRol(BALIEMEDEWERKER)
                ? Optional.of(aanroeper.team().orElse(""))
                : Optional.empty();
    }

    /** Records reading a confidential question of another team, with the reason given. */
    void doorbraak(Hulpvraag hulpvraag, String reden) {
        logboek.toegestaan(
                "doorbraak",
                java.util.Set.of(hulpvraag.inwonerId()),
                "vertrouwelijke hulpvraag " + hulpvraag.id() + " van team " + hulpvraag.team() + ": " + reden);
    }

    /** Logs a refusal that the caller is not told about (the answer is a 404). */
    void weigerStil(String actie, Collection<UUID> inwonerIds) {
        weigerStil(actie, inwonerIds, "vertrouwelijk, ander team");
    }

    /** Logs a refusal that the caller is not told about, with its reason. */
    void weigerStil(String actie, Collection<UUID> inwonerIds, String reden) {
        logboek.geweigerd(actie, inwonerIds, reden);
    }

    /** @throws ApiProblem 403 after logging the refusal */
    void weiger(String actie, Collection<UUID> inwonerIds) {
        logboek.geweigerd(actie, inwonerIds, "niet van het eigen team");
        throw new ApiProblem(403, "Deze gegevens horen bij een ander team dan dat in je token.");
    }

    String medewerker() {
        return aanroeper.subject();
    }

    /** A report script without a staff role: it gets pseudonymised rows only. */
    boolean isRapportage() {
        return aanroeper.heeftRol(RAPPORTAGE)
                && !aanroeper.heeftRol(BALIEMEDEWERKER)
                && !aanroeper.heeftRol(PROFESSIONAL)
                && !aanroeper.heeftRol(TEAMLEIDER);
    }
}
