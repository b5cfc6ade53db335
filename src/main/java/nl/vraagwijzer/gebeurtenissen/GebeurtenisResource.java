package nl.vraagwijzer.gebeurtenissen;

import static nl.vraagwijzer.shared.security.Rollen.GEMEENTESYSTEEM;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import nl.vraagwijzer.api.GebeurtenissenApi;

/**
 * A partner's own events as CloudEvents, and the streams of their own (a partner's signals, a
 * gemeente's plans), to read in order and continue after the last sequence seen; the old shape only
 * for an {@code Accept} that names {@code application/json} and not the CloudEvents batch (a client
 * of before 1.4.0), until its sunset.
 */
public class GebeurtenisResource implements GebeurtenissenApi {

    private static final MediaType VEROUDERD = MediaType.valueOf(Gebeurtenisvorm.VEROUDERD);
    private static final MediaType BATCH = MediaType.valueOf(Gebeurtenisvorm.CLOUDEVENTS_BATCH);

    private final GebeurtenisService service;
    private final Gebeurtenisvorm vorm;
    private final Sleutelbos sleutels;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    public GebeurtenisResource(GebeurtenisService service, Gebeurtenisvorm vorm, Sleutelbos sleutels) {
        this.service = service;
        this.vorm = vorm;
        this.sleutels = sleutels;
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listGebeurtenissen(ListGebeurtenissenParameters query) {
        long vanaf = query.vanaf() == null ? 0 : query.vanaf();
        int aantal = query.pageSize() == null ? 20 : query.pageSize();
        if (gevraagd(VEROUDERD) && !gevraagd(BATCH)) {
            List<Gebeurtenis> pagina = service.naVolgnummer(vanaf, aantal);
            Response.ResponseBuilder response =
                    Response.ok(pagina.stream().map(vorm::verouderd).toList());
            vorm.verouderdHeaders(volgende(pagina, Gebeurtenis::volgnummer)).forEach(response::header);
            return response.type(VEROUDERD).build();
        }
        return cloudEvents(service.na(vanaf, aantal), Gebeurtenis::reeks);
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response listSignaalgebeurtenissen(ListSignaalgebeurtenissenParameters query) {
        return stroom(Gebeurtenisstroom.SIGNALEN, query.vanaf(), query.pageSize());
    }

    @Override
    @RolesAllowed(GEMEENTESYSTEEM)
    public Response listPlangebeurtenissen(ListPlangebeurtenissenParameters query) {
        return stroom(Gebeurtenisstroom.PLANNEN, query.vanaf(), query.pageSize());
    }

    /** The caller's page of a stream of its own, after {@code vanaf} (from the start without). */
    private Response stroom(Gebeurtenisstroom stroom, Long vanaf, Integer pageSize) {
        return cloudEvents(
                service.inStroom(stroom, vanaf == null ? 0 : vanaf, pageSize == null ? 20 : pageSize),
                Gebeurtenis::stroomreeks);
    }

    /** A page of one stream as a CloudEvents batch, each with its place in that stream, and the next link. */
    private Response cloudEvents(List<Gebeurtenis> pagina, ToLongFunction<Gebeurtenis> plaats) {
        Response.ResponseBuilder response = Response.ok(pagina.stream()
                        .map(gebeurtenis -> vorm.cloudEvent(gebeurtenis, plaats.applyAsLong(gebeurtenis)))
                        .toList())
                .type(BATCH);
        volgende(pagina, plaats).ifPresent(volgende -> response.header("Link", volgende));
        return response.build();
    }

    @Override
    @PermitAll
    public Response getSleutels() {
        return Response.ok(sleutels.jwks()).build();
    }

    /** Whether the client named this media type itself: a wildcard does not choose it. */
    private boolean gevraagd(MediaType type) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(acceptabel -> !acceptabel.isWildcardType()
                        && !acceptabel.isWildcardSubtype()
                        && acceptabel.isCompatible(type));
    }

    /** {@code <...vanaf=n>; rel="next"} after the last one of a page that has any. */
    private Optional<String> volgende(List<Gebeurtenis> pagina, ToLongFunction<Gebeurtenis> plaats) {
        if (pagina.isEmpty()) {
            return Optional.empty();
        }
        String volgende = uri.getRequestUriBuilder()
                .replaceQueryParam("vanaf", plaats.applyAsLong(pagina.get(pagina.size() - 1)))
                .build()
                .toString();
        return Optional.of("<" + volgende + ">; rel=\"next\"");
    }
}
