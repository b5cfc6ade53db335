package nl.vraagwijzer.client;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.client.api.DienstenApi;
import nl.vraagwijzer.client.api.HulpvragenApi;
import nl.vraagwijzer.client.api.InwonersApi;
import nl.vraagwijzer.client.api.OrganisatiesApi;
import nl.vraagwijzer.client.api.ToestemmingenApi;
import nl.vraagwijzer.client.api.TriageApi;
import nl.vraagwijzer.client.api.VerwijzingenApi;
import nl.vraagwijzer.client.model.Aanmeldwijze;
import nl.vraagwijzer.client.model.DienstInvoer;
import nl.vraagwijzer.client.model.Hulpvraag;
import nl.vraagwijzer.client.model.HulpvraagInvoer;
import nl.vraagwijzer.client.model.HulpvraagStatus;
import nl.vraagwijzer.client.model.InwonerAdres;
import nl.vraagwijzer.client.model.InwonerInvoer;
import nl.vraagwijzer.client.model.Kanaal;
import nl.vraagwijzer.client.model.Leefgebied;
import nl.vraagwijzer.client.model.OrganisatieInvoer;
import nl.vraagwijzer.client.model.StatusFilter;
import nl.vraagwijzer.client.model.StatuswijzigingInvoer;
import nl.vraagwijzer.client.model.ToestemmingInvoer;
import nl.vraagwijzer.client.model.Triage;
import nl.vraagwijzer.client.model.TriageInvoer;
import nl.vraagwijzer.client.model.Uitkomst;
import nl.vraagwijzer.client.model.Verwijzing;
import nl.vraagwijzer.client.model.VerwijzingInvoer;
import nl.vraagwijzer.client.model.VerwijzingStatus;
import nl.vraagwijzer.client.model.VerwijzingStatuswijzigingInvoer;
import nl.vraagwijzer.client.model.WettelijkKader;
import nl.vraagwijzer.client.model.ZrmScore;
import nl.vraagwijzer.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged service driven only through the Java client that openapi-generator makes from the
 * contract (target/generated-clients/java), as a front-end team or partner would use it: a
 * resident and a question at the desk, triage and a referral by the team, the partner accepting
 * with its own token, and the team lead's open-case list showing where the question went.
 */
@QuarkusIntegrationTest
class ClientEndToEndIT {

    private static final String TEAM = "dordrecht-west";

    /** The packaged service's address, injected by Quarkus (its test port). */
    @TestHTTPResource("/v1")
    URL basis;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(basis.toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String etag(ApiResponse<?> antwoord) {
        return antwoord.getHeaders().get("ETag").get(0);
    }

    @Test
    void vanVoordeurTotGeaccepteerdeVerwijzing() throws ApiException {
        ApiClient beheerder = client(Tokens.voor(BEHEERDER));
        ApiClient balie = client(Tokens.voor(BALIEMEDEWERKER));
        ApiClient professional = client(Tokens.voorTeam(PROFESSIONAL, TEAM));
        ApiClient teamleider = client(Tokens.voorTeam(TEAMLEIDER, TEAM));

        UUID organisatie = new OrganisatiesApi(beheerder)
                .createOrganisatie(new OrganisatieInvoer().naam("Stichting Schuldhulp " + UUID.randomUUID()))
                .getId();
        UUID dienst = new DienstenApi(beheerder)
                .createDienst(new DienstInvoer()
                        .organisatieId(organisatie)
                        .naam("Budgetcoaching")
                        .leefgebieden(Set.of(Leefgebied.FINANCIEN))
                        .aanmeldwijze(Aanmeldwijze.VERWIJZING))
                .getId();
        ApiClient partner = client(Tokens.voorOrganisatie(PARTNER, organisatie));
        ApiClient anderePartner = client(Tokens.voorOrganisatie(PARTNER, UUID.randomUUID()));

        UUID inwoner = new InwonersApi(balie)
                .createInwoner(
                        new InwonerInvoer()
                                .voornamen("Fatima")
                                .achternaam("El Amrani")
                                .adres(new InwonerAdres()
                                        .straat("Bagijnhof")
                                        .huisnummer(12)
                                        .postcode("3311KA")
                                        .plaats("Dordrecht")),
                        null,
                        null)
                .getId();
        HulpvragenApi hulpvragen = new HulpvragenApi(balie);
        UUID vraag = hulpvragen
                .createHulpvraag(
                        new HulpvraagInvoer()
                                .inwonerId(inwoner)
                                .kanaal(Kanaal.BALIE)
                                .omschrijving("Betalingsachterstand bij de woningcorporatie")
                                .leefgebieden(Set.of(Leefgebied.FINANCIEN))
                                .wettelijkKader(WettelijkKader.SCHULDHULP)
                                .team(TEAM),
                        null,
                        null)
                .getId();

        Triage triage = new TriageApi(professional)
                .createTriage(
                        vraag,
                        new TriageInvoer()
                                .zrmScores(List.of(new ZrmScore()
                                        .leefgebied(Leefgebied.FINANCIEN)
                                        .score(2)))
                                .uitkomst(Uitkomst.VERWIJZEN),
                        null,
                        null);
        assertEquals(Uitkomst.VERWIJZEN, triage.getUitkomst());

        UUID toestemming = new ToestemmingenApi(professional)
                .createToestemming(
                        new ToestemmingInvoer()
                                .inwonerId(inwoner)
                                .organisatieId(organisatie)
                                .doel("Verwijzing naar budgetcoaching")
                                .datum(nl.vraagwijzer.support.Vandaag.nl())
                                .vorm(ToestemmingInvoer.VormEnum.MONDELING),
                        null,
                        null)
                .getId();
        UUID verwijzing = new VerwijzingenApi(professional)
                .createVerwijzing(
                        new VerwijzingInvoer()
                                .hulpvraagId(vraag)
                                .dienstId(dienst)
                                .reden("Schulden bij de verhuurder")
                                .toestemmingId(toestemming),
                        null,
                        null)
                .getId();
        HulpvragenApi vanHetTeam = new HulpvragenApi(professional);
        String etag = etag(vanHetTeam.getHulpvraagWithHttpInfo(vraag, null, null, null));
        vanHetTeam.createStatuswijziging(
                vraag, new StatuswijzigingInvoer().status(HulpvraagStatus.VERWEZEN), etag, null, null);

        // the partner sees and accepts its own referral; another partner does not see it
        VerwijzingenApi alsPartner = new VerwijzingenApi(partner);
        assertEquals(
                List.of(verwijzing),
                alsPartner.listVerwijzingen(null, null, null, null, null, null, null, null).stream()
                        .map(Verwijzing::getId)
                        .toList());
        ApiException nietZichtbaar = assertThrows(
                ApiException.class, () -> new VerwijzingenApi(anderePartner).getVerwijzing(verwijzing, null, null));
        assertEquals(404, nietZichtbaar.getCode());
        String versie = etag(alsPartner.getVerwijzingWithHttpInfo(verwijzing, null, null));
        Verwijzing geaccepteerd = alsPartner.createVerwijzingStatuswijziging(
                verwijzing,
                new VerwijzingStatuswijzigingInvoer().status(VerwijzingStatus.GEACCEPTEERD),
                versie,
                null,
                null);
        assertEquals(VerwijzingStatus.GEACCEPTEERD, geaccepteerd.getStatus());

        // the team lead's open-case list shows the question as referred, and the referral as accepted
        List<Hulpvraag> open = new HulpvragenApi(teamleider)
                .listHulpvragen(HulpvragenApi.APIListHulpvragenRequest.newBuilder()
                        .status(StatusFilter.OPEN)
                        .pageSize(100)
                        .build());
        Hulpvraag deVraag =
                open.stream().filter(h -> h.getId().equals(vraag)).findFirst().orElseThrow();
        assertEquals(HulpvraagStatus.VERWEZEN, deVraag.getStatus());
        assertEquals(TEAM, deVraag.getTeam());
        assertTrue(deVraag.getTermijnDatum().isAfter(deVraag.getRegistratieDatum()));
        assertEquals(
                VerwijzingStatus.GEACCEPTEERD,
                new VerwijzingenApi(professional)
                        .getVerwijzing(verwijzing, null, null)
                        .getStatus());
    }
}
