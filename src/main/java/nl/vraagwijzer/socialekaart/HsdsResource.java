package nl.vraagwijzer.socialekaart;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.vraagwijzer.shared.gemeente.Gemeenteindeling;
import nl.vraagwijzer.shared.paging.PageRequest;
import nl.vraagwijzer.shared.paging.PageResult;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * The directory as Open Referral HSDS 3.0 (contract {@code openapi/hsds.yaml}, ADR 0015): a
 * second, read-only view on the same data as {@code /diensten} and {@code /organisaties}, open to
 * every authenticated role. Parameters and fields are HSDS's; the Java parameters carry the HSDS
 * query keys' names (snake_case) because a problem's detail names the parameter by them.
 */
@Path("/hsds")
@Produces({"application/json", "application/problem+json"})
@RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
public class HsdsResource {

    /** The standard's parameters this view does not implement: refused, never silently ignored. */
    private static final Set<String> NIET_ONDERSTEUND = Set.of(
            "format",
            "full",
            "minimal",
            "modified_after",
            "proximity",
            "full_service",
            "taxonomy_id",
            "top_only",
            "parent_id");

    private static final byte[] CONTRACT = contract();

    private final SocialeKaartService service;
    private final Gemeenteindeling indeling;

    @Context
    UriInfo uri;

    public HsdsResource(SocialeKaartService service, Gemeenteindeling indeling) {
        this.service = service;
        this.indeling = indeling;
    }

    @GET
    public Map<String, Object> root() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", HsdsWeergave.VERSIE);
        root.put("profile", "https://docs.openreferral.org/en/latest/hsds/");
        root.put(
                "openapi_url",
                uri.getBaseUriBuilder().path("hsds/openapi.json").build().toString());
        return root;
    }

    @GET
    @Path("openapi.json")
    @PermitAll
    @Produces("application/json")
    public byte[] openapi() {
        return CONTRACT;
    }

    @GET
    @Path("services")
    public Map<String, Object> services(
            @QueryParam("search") @Size(min = 1, max = 200) String search,
            @QueryParam("page") @Min(1) @DefaultValue("1") Integer page,
            @QueryParam("per_page") @Min(1) @Max(100) @DefaultValue("20") Integer per_page,
            @QueryParam("organization_id") UUID organization_id,
            @QueryParam("taxonomy_term_id") UUID taxonomy_term_id) {
        PageResult<Dienst> diensten = diensten(search, null, organization_id, taxonomy_term_id, null, page, per_page);
        return HsdsWeergave.pagina(diensten, d -> HsdsWeergave.dienst(d, false, null, this::gebied));
    }

    @GET
    @Path("services/{id}")
    public Map<String, Object> service(@PathParam("id") UUID id) {
        Dienst dienst = service.dienst(id);
        return HsdsWeergave.dienst(
                dienst, true, service.organisatie(dienst.gegevens().organisatieId()), this::gebied);
    }

    @GET
    @Path("organizations")
    public Map<String, Object> organizations(
            @QueryParam("search") @Size(min = 1, max = 200) String search,
            @QueryParam("page") @Min(1) @DefaultValue("1") Integer page,
            @QueryParam("per_page") @Min(1) @Max(100) @DefaultValue("20") Integer per_page) {
        weigerOnbekend();
        PageResult<Organisatie> organisaties = service.zoekOrganisaties(
                new OrganisatieFilter(Zoekvraag.van(search), null, null, null, null), PageRequest.of(page, per_page));
        return HsdsWeergave.pagina(organisaties, o -> HsdsWeergave.organisatie(o, false, List.of()));
    }

    @GET
    @Path("organizations/{id}")
    public Map<String, Object> organization(@PathParam("id") UUID id) {
        Organisatie organisatie = service.organisatie(id);
        return HsdsWeergave.organisatie(organisatie, true, service.dienstenVan(id));
    }

    @GET
    @Path("service_at_locations")
    public Map<String, Object> serviceAtLocations(
            @QueryParam("search") @Size(min = 1, max = 200) String search,
            @QueryParam("page") @Min(1) @DefaultValue("1") Integer page,
            @QueryParam("per_page") @Min(1) @Max(100) @DefaultValue("20") Integer per_page,
            @QueryParam("organization_id") UUID organization_id,
            @QueryParam("taxonomy_term_id") UUID taxonomy_term_id,
            @QueryParam("postcode") @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$") String postcode) {
        PageResult<Dienst> diensten =
                diensten(search, true, organization_id, taxonomy_term_id, postcode, page, per_page);
        return HsdsWeergave.pagina(
                diensten, d -> HsdsWeergave.dienstOpLocatie(d, true).orElseThrow());
    }

    @GET
    @Path("taxonomies")
    public Map<String, Object> taxonomies(
            @QueryParam("page") @Min(1) @DefaultValue("1") Integer page,
            @QueryParam("per_page") @Min(1) @Max(100) @DefaultValue("20") Integer per_page) {
        weigerOnbekend();
        return HsdsWeergave.pagina(vast(List.of(HsdsWeergave.taxonomie()), page, per_page), t -> t);
    }

    @GET
    @Path("taxonomy_terms")
    public Map<String, Object> taxonomyTerms(
            @QueryParam("page") @Min(1) @DefaultValue("1") Integer page,
            @QueryParam("per_page") @Min(1) @Max(100) @DefaultValue("20") Integer per_page) {
        weigerOnbekend();
        List<Map<String, Object>> termen = HsdsWeergave.LEEFGEBIEDEN.keySet().stream()
                .map(HsdsWeergave::term)
                .toList();
        return HsdsWeergave.pagina(vast(termen, page, per_page), t -> t);
    }

    private PageResult<Dienst> diensten(
            String search,
            Boolean collectief,
            UUID organizationId,
            UUID taxonomyTermId,
            String postcode,
            int page,
            int perPage) {
        weigerOnbekend();
        String leefgebied = taxonomyTermId == null
                ? null
                : HsdsWeergave.leefgebied(taxonomyTermId)
                        .orElseThrow(() -> ApiProblem.badRequest(
                                "taxonomy_term_id: " + taxonomyTermId + " is geen term van /hsds/taxonomy_terms."));
        DienstFilter filter = DienstFilter.bouwer()
                .q(Zoekvraag.van(search))
                .leefgebied(leefgebied)
                .collectief(collectief)
                .organisatieId(organizationId)
                .build();
        return service.zoekDiensten(filter, postcode, PageRequest.of(page, perPage));
    }

    /** A fixed list (the taxonomy) paged as the others. */
    private static <T> PageResult<T> vast(List<T> alles, int page, int perPage) {
        PageRequest verzoek = PageRequest.of(page, perPage);
        List<T> stuk = IntStream.range(0, alles.size())
                .filter(i -> i >= verzoek.index() * perPage && i < (verzoek.index() + 1) * perPage)
                .mapToObj(alles::get)
                .toList();
        return new PageResult<>(stuk, alles.size(), verzoek);
    }

    private void weigerOnbekend() {
        uri.getQueryParameters().keySet().stream()
                .filter(NIET_ONDERSTEUND::contains)
                .findFirst()
                .ifPresent(naam -> {
                    throw ApiProblem.badRequest(
                            naam + ": wordt door deze HSDS-weergave niet ondersteund (zie /v1/hsds/openapi.json).");
                });
    }

    /** {@code GM0988} → Weert, {@code GM0988/Centrum-Biest} → Weert, Centrum-Biest. */
    private String gebied(String werkgebied) {
        String[] delen = werkgebied.split("/", 2);
        String gemeente =
                indeling.gemeente(delen[0]).map(Gemeenteindeling.Gemeente::naam).orElse(delen[0]);
        return delen.length == 1 ? gemeente : gemeente + ", " + delen[1];
    }

    private static byte[] contract() {
        try (InputStream yaml =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/hsds.yaml")) {
            if (yaml == null) {
                throw new IllegalStateException("The HSDS contract META-INF/hsds.yaml is missing from the build");
            }
            return new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
