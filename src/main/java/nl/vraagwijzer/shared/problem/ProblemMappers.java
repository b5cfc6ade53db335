package nl.vraagwijzer.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.contract.Contract;
import nl.vraagwijzer.shared.persistence.Databasestoring;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Turns every failure that reaches the REST layer into RFC 9457 problem details. Messages name
 * the cause in the client's terms (field names from the contract) and never a Java class or a
 * stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Contract contract;
    private final Databasestoring storing;
    private final Event<ApiProblem.NietGevonden> nietGevonden;

    public ProblemMappers(Contract contract, Databasestoring storing, Event<ApiProblem.NietGevonden> nietGevonden) {
        this.contract = contract;
        this.storing = storing;
        this.nietGevonden = nietGevonden;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        if (problem instanceof ApiProblem.NietGevonden onbekend) {
            // perhaps it exists in another gemeente: that refusal is logged (Grenswacht)
            nietGevonden.fire(onbekend);
        }
        Response basis = Problems.response(problem.status(), problem.detail(), instance(uri));
        Response response = problem.retryAfter()
                .map(seconden -> Response.fromResponse(basis)
                        .header("Retry-After", seconden)
                        .build())
                .orElse(basis);
        return problem.location()
                .map(path -> Response.fromResponse(response)
                        .location(uri.getBaseUriBuilder().path(path).build())
                        .build())
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        boolean returnValue = exception.getConstraintViolations().stream()
                .anyMatch(violation -> FieldPaths.isReturnValue(violation.getPropertyPath()));
        if (returnValue) {
            return unexpected(exception, uri);
        }
        String detail = exception.getConstraintViolations().stream()
                .map(violation -> FieldPaths.of(violation.getPropertyPath()) + ": " + message(violation))
                .sorted()
                .distinct()
                .collect(Collectors.joining("; "));
        return Problems.response(400, detail, instance(uri));
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        JsonParseException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class
    })
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        // a limit enforced while the body streams in (BodyLimit's 413) reaches us wrapped by Jackson
        // in the field it was reading; it is the answer, not the field
        for (Throwable oorzaak = exception.getCause(); oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof ApiProblem problem) {
                return apiProblem(problem, uri);
            }
        }
        return Problems.response(400, JsonProblems.detail(exception), instance(uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return Problems.response(401, "Een geldig bearer token van de OIDC-provider is vereist.", instance(uri));
    }

    /**
     * A token without a role the operation allows: the answer names the roles that may call it
     * (the contract's {@code x-rollen}, which {@code @RolesAllowed} enforces), nothing about the data.
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri, SimpleResourceInfo resource) {
        List<String> rollen = resource == null ? List.of() : contract.roles(resource.getMethodName());
        String detail = "De rollen in het token geven geen toegang tot deze operatie"
                + (rollen.isEmpty() ? "." : "; zij is voor de rollen: " + String.join(", ", rollen) + ".");
        return Problems.response(403, detail, instance(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException exception, UriInfo uri) {
        return Problems.response(
                412, "De resource is intussen door een ander gewijzigd; lees hem opnieuw.", instance(uri));
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException exception, UriInfo uri) {
        LOG.infof("Database constraint %s refused a change", exception.getConstraintName());
        return Problems.response(409, "De wijziging botst met de huidige gegevens.", instance(uri));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException exception, UriInfo uri, HttpHeaders headers) {
        String name = ParameterNames.holding(exception.value(), uri, headers);
        return Problems.response(
                400,
                name + ": ongeldige waarde '" + exception.value() + "', verwacht " + exception.expected() + ".",
                instance(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        // The JSON reader reports an unreadable body as a 400 with the Jackson failure as its cause.
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response problem = Problems.response(status, HttpProblems.detail(exception), instance(uri));
        if (exception instanceof NotAllowedException) {
            String path = uri.getPath().startsWith("/v1") ? uri.getPath().substring(3) : uri.getPath();
            String allowed = String.join(", ", contract.methods(path));
            return Response.fromResponse(problem)
                    .header(HttpHeaders.ALLOW, allowed)
                    .build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        Optional<Databasestoring.Soort> storing = this.storing.herken(exception);
        if (storing.isPresent()) {
            String detail = storing.get() == Databasestoring.Soort.ONBEREIKBAAR
                    ? "De database is even niet bereikbaar; er is niets opgeslagen. Probeer het over "
                            + Databasestoring.PROBEER_OPNIEUW_NA + " seconden opnieuw."
                    : "De database antwoordde niet op tijd; er is niets opgeslagen. Probeer het over "
                            + Databasestoring.PROBEER_OPNIEUW_NA + " seconden opnieuw.";
            return Response.fromResponse(Problems.response(503, detail, instance(uri)))
                    .header("Retry-After", Databasestoring.PROBEER_OPNIEUW_NA)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure, reference %s", reference);
        return Problems.response(
                500, "Er ging onverwacht iets mis. Noem bij contact de referentie " + reference + ".", instance(uri));
    }

    private static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static String message(ConstraintViolation<?> violation) {
        return violation.getMessage();
    }
}
