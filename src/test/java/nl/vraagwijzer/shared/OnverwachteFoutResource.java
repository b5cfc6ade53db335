package nl.vraagwijzer.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** Test-only endpoint that fails the way a bug would, to see what a client gets to read. */
@Path("/test-alleen/onverwachte-fout")
@PermitAll
public class OnverwachteFoutResource {

    @GET
    @Produces("application/json")
    public String faal() {
        throw new IllegalStateException("nl.vraagwijzer.Geheim: SELECT * FROM organisatie failed");
    }
}
