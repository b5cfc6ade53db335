package nl.vraagwijzer.shared.audit;

import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
    public Response listLogboek(ListLogboekParameters query) {
        return PagedResponses.ok(
                logboek.zoek(
                                query.inwonerId(),
                                query.actie(),
                                query.medewerker(),
                                query.vanaf() == null ? null : query.vanaf().toInstant(),
                                query.tot() == null ? null : query.tot().toInstant(),
                                PageRequest.of(query.page(), query.pageSize()))
                        .map(LogboekDtos::dto),
                uri);
    }
}
