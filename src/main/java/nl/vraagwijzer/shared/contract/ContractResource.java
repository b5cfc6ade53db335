package nl.vraagwijzer.shared.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;
import nl.vraagwijzer.api.ContractApi;

/** Publishes the contract, open to anyone and any origin (NL API Design Rule /core/publish-openapi). */
@PermitAll
public class ContractResource implements ContractApi {

    private final Contract contract;

    public ContractResource(Contract contract) {
        this.contract = contract;
    }

    @Override
    public Response getChangelog() {
        return Response.ok(contract.changelog(), "text/markdown; charset=UTF-8")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }

    @Override
    public Response getOpenapi() {
        return Response.ok(contract.json(), "application/json")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
