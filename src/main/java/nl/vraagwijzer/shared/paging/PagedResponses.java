package nl.vraagwijzer.shared.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** 200 responses for a page: the items as a JSON array, RFC 8288 {@code Link} and {@code X-Total-Count}. */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponses() {}

    public static Response ok(PageResult<?> result, UriInfo uri) {
        int page = result.request().page();
        int last = result.lastPage();
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, result, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), result, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, result, "next"));
        }
        links.add(link(uri, last, result, "last"));
        return Response.ok(result.items())
                .header("Link", String.join(", ", links))
                .header(TOTAL_COUNT, result.total())
                .build();
    }

    private static String link(UriInfo uri, int page, PageResult<?> result, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", result.request().pageSize());
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }
}
