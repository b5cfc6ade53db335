package nl.vraagwijzer.triage;

import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import nl.vraagwijzer.api.RapportagesApi;

/** Figures municipalities agree with their teams: aggregates only, no personal data. */
public class RapportageResource implements RapportagesApi {

    private final TriageService service;

    public RapportageResource(TriageService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({TEAMLEIDER, RAPPORTAGE})
    public Response getZelfredzaamheidRapportage(GetZelfredzaamheidRapportageParameters query) {
        return Response.ok(service.zelfredzaamheid(query.vanaf(), query.tot(), query.team(), query.gemeenten()).stream()
                        .map(TriageMapper::dto)
                        .toList())
                .build();
    }
}
