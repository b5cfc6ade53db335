package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Set;
import nl.vraagwijzer.api.RapportagesApi;

/** Figures municipalities agree with their teams: aggregates only, no personal data. */
public class RapportageResource implements RapportagesApi {

    private final TriageService service;

    public RapportageResource(TriageService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getZelfredzaamheidRapportage(
            LocalDate vanaf, LocalDate tot, String team, Set<String> gemeenten, String xGemeente) {
        return Response.ok(service.zelfredzaamheid(vanaf, tot, team, gemeenten).stream()
                        .map(TriageMapper::dto)
                        .toList())
                .build();
    }
}
