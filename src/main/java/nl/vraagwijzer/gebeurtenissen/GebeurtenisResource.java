package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.vraagwijzer.api.GebeurtenissenApi;

/** A partner's own events, to read in order and continue from the last number seen. */
public class GebeurtenisResource implements GebeurtenissenApi {

    private final GebeurtenisService service;

    @Context
    UriInfo uri;

    public GebeurtenisResource(GebeurtenisService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listGebeurtenissen(ListGebeurtenissenParameters query) {
        List<Gebeurtenis> pagina =
                service.na(query.vanaf() == null ? 0 : query.vanaf(), query.pageSize() == null ? 20 : query.pageSize());
        Response.ResponseBuilder response =
                Response.ok(pagina.stream().map(GebeurtenisJson::dto).toList());
        if (!pagina.isEmpty()) {
            long laatste = pagina.get(pagina.size() - 1).volgnummer();
            String volgende = uri.getRequestUriBuilder()
                    .replaceQueryParam("vanaf", laatste)
                    .build()
                    .toString();
            response.header("Link", "<" + volgende + ">; rel=\"next\"");
        }
        return response.build();
    }
}
