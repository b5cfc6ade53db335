package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.ports.TijdlijnBijdrage;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * Triages on the resident's timeline. Triage content is special-category data: only
 * professionals and team leads (whose timeline is already limited to their team) see it.
 */
@ApplicationScoped
public class TriageTijdlijn implements TijdlijnBijdrage {

    private final TriageRepository triages;
    private final Aanroeper aanroeper;

    public TriageTijdlijn(TriageRepository triages, Aanroeper aanroeper) {
        this.triages = triages;
        this.aanroeper = aanroeper;
    }

    @Override
    public List<Gebeurtenis> gebeurtenissen(Collection<UUID> hulpvraagIds) {
        if (hulpvraagIds.isEmpty() || !(aanroeper.heeftRol(PROFESSIONAL) || aanroeper.heeftRol(TEAMLEIDER))) {
            return List.of();
        }
        return triages.list("hulpvraagId in ?1", hulpvraagIds).stream()
                .map(triage -> new Gebeurtenis(
                        "triage",
                        triage.id(),
                        triage.hulpvraagId(),
                        triage.aangemaaktOp(),
                        "Triage door " + triage.beoordelaar() + ": "
                                + triage.beoordeling().uitkomst()
                                + (triage.urgent() ? ", urgent" : "")
                                + (triage.advies().isEmpty()
                                        ? ""
                                        : "; advies: "
                                                + triage.advies().stream()
                                                        .map(a -> a.leefgebied() + " (" + a.urgentie() + ")")
                                                        .collect(Collectors.joining(", ")))))
                .toList();
    }
}
