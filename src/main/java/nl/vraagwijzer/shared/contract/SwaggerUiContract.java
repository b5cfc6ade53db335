package nl.vraagwijzer.shared.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * What Swagger UI reads in dev mode ({@code quarkus.swagger-ui.urls.v1}): the contract with the
 * service that served the page as its first server, so that "Try it out" works on
 * {@code localhost}, {@code 127.0.0.1} or a laptop's name alike. {@code /v1/openapi.json}, the
 * published contract, keeps its documented servers. A production build has no Swagger UI and no
 * such route.
 */
@Singleton
public class SwaggerUiContract {

    public static final String PAD = "/q/swagger-ui-contract.json";

    private final Contract contract;

    public SwaggerUiContract(Contract contract) {
        this.contract = contract;
    }

    void registreer(@Observes Router router) throws IOException {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            return;
        }
        Buffer json = Buffer.buffer(metDezeDienstVooraan(contract.json()));
        router.get(PAD).handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .end(json));
    }

    /** The contract with the relative server {@code /v1} first; the documented servers follow it. */
    private static byte[] metDezeDienstVooraan(byte[] contract) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode kopie = (ObjectNode) json.readTree(contract);
        JsonNode gedocumenteerd = kopie.get("servers");
        ArrayNode servers = kopie.putArray("servers");
        servers.addObject().put("url", "/v1").put("description", "Deze dienst (waar Swagger UI vandaan komt)");
        if (gedocumenteerd != null) {
            gedocumenteerd.forEach(servers::add);
        }
        return json.writeValueAsBytes(kopie);
    }
}
