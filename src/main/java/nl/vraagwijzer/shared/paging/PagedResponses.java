package nl.vraagwijzer.shared.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 200 responses for a page: the items as a JSON array with RFC 8288 {@code Link}; a numbered page
 * also with {@code X-Total-Count} when its total is exact (a list counted to a bound and beyond it has
 * no total and no {@code last}, only {@code next}), a cursor page (which counts nothing) with only its
 * {@code next}.
 */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponses() {}

    public static Response ok(PageResult<?> result, UriInfo uri) {
        int page = result.request().page();
        // counted to a bound with more behind it: the next page exists, the last is not known
        boolean exact = result.exact();
        int last = exact ? result.lastPage() : Integer.MAX_VALUE;
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, result, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), result, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, result, "next"));
        }
        Response.ResponseBuilder response = Response.ok(result.items());
        if (exact) {
            links.add(link(uri, last, result, "last"));
            response.header(TOTAL_COUNT, result.total());
        }
        return response.header("Link", String.join(", ", links)).build();
    }

    /** A page of a cursor walk: {@code next} carries the cursor and drops any page number. */
    public static Response ok(CursorPagina<?> pagina, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(pagina.items());
        pagina.volgende()
                .ifPresent(volgende -> response.header(
                        "Link",
                        "<"
                                + uri.getRequestUriBuilder()
                                        .replaceQueryParam("page")
                                        .replaceQueryParam("cursor", volgende.encode())
                                        .build()
                                + ">; rel=\"next\""));
        return response.build();
    }

    /**
     * Whether the request walks with a cursor: a {@code cursor} parameter, also an empty one (which
     * starts the walk and which JAX-RS reports as absent).
     */
    public static boolean vraagtCursor(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return query != null
                && Arrays.stream(query.split("&"))
                        .anyMatch(part -> part.equals("cursor") || part.startsWith("cursor="));
    }

    /** The cursor a request carries; {@code null} when it starts a walk or walks none. */
    public static Cursor cursor(String parameter) {
        return parameter == null || parameter.isEmpty() ? null : Cursor.decode(parameter);
    }

    private static String link(UriInfo uri, int page, PageResult<?> result, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", result.request().pageSize());
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }
}
