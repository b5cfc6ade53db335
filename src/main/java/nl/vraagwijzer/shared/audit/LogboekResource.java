package nl.vraagwijzer.shared.audit;

import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vraagwijzer.api.LogboekApi;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PagedResponses;

/** The privacy officer's view of the access log. */
public class LogboekResource implements LogboekApi {

    private final Logboek logboek;

    @Context
    UriInfo uri;

    public LogboekResource(Logboek logboek) {
        this.logboek = logboek;
    }

    @Override
    @RolesAllowed(PRIVACYFUNCTIONARIS)
    public Response listLogboek(
            UUID inwonerId,
            String actie,
            String medewerker,
            OffsetDateTime vanaf,
            OffsetDateTime tot,
            Integer page,
            Integer pageSize,
            String xGemeente) {
        return PagedResponses.ok(
                logboek.zoek(
                                inwonerId,
                                actie,
                                medewerker,
                                vanaf == null ? null : vanaf.toInstant(),
                                tot == null ? null : tot.toInstant(),
                                PageRequest.of(page, pageSize))
                        .map(LogboekDtos::dto),
                uri);
    }
}
