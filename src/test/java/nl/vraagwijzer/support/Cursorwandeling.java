package nl.vraagwijzer.support;

import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A walk through a list with a cursor, as a client does it: from the first page, follow
 * {@code Link: rel="next"} until it is absent. Every page must be 200 without {@code X-Total-Count};
 * each link is handed to {@code perLink} to check before it is followed.
 */
public record Cursorwandeling(List<String> ids, int paginas) {

    public static Cursorwandeling loop(Response eerste, Supplier<RequestSpecification> als, Consumer<String> perLink) {
        List<String> ids = new ArrayList<>();
        int paginas = 0;
        Response pagina = eerste;
        while (true) {
            pagina.then().statusCode(200).header("X-Total-Count", nullValue());
            ids.addAll(pagina.path("id"));
            paginas++;
            String next = pagina.header("Link");
            if (next == null) {
                return new Cursorwandeling(ids, paginas);
            }
            String url = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
            perLink.accept(url);
            pagina = als.get().get(url.substring(url.indexOf("/v1") + 3));
        }
    }
}
