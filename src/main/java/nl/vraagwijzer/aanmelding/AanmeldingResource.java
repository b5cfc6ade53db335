package nl.vraagwijzer.aanmelding;

import static nl.vraagwijzer.shared.security.Rollen.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vraagwijzer.api.AanmeldingenApi;
import nl.vraagwijzer.api.model.AanmeldingInvoerDto;
import nl.vraagwijzer.api.model.InwonerAdresDto;
import nl.vraagwijzer.api.model.InwonerInvoerDto;
import nl.vraagwijzer.api.model.OntvangstbevestigingDto;
import nl.vraagwijzer.api.model.SignaalInvoerDto;
import nl.vraagwijzer.api.model.SignaalVoorPartnerDto;
import nl.vraagwijzer.shared.adres.Adres;
import nl.vraagwijzer.shared.ports.Aanmelden;
import nl.vraagwijzer.shared.ports.Vroegsignalen;

/** Partners push residents and signals; a retry with the same Idempotency-Key never creates a duplicate. */
public class AanmeldingResource implements AanmeldingenApi {

    private final AanmeldingService service;
    private final Idempotentie idempotentie;
    private final Clock clock;

    public AanmeldingResource(AanmeldingService service, Idempotentie idempotentie, Clock clock) {
        this.service = service;
        this.idempotentie = idempotentie;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createAanmelding(AanmeldingInvoerDto invoer, CreateAanmeldingParameters headers) {
        return eenmaal(
                headers.idempotencyKey(),
                invoer,
                () -> service.meldAan(
                        invoer.getGemeente(),
                        inwoner(invoer.getInwoner()),
                        invoer.getOmschrijving(),
                        invoer.getLeefgebieden().stream().map(Object::toString).toList()));
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response createSignaal(SignaalInvoerDto invoer, CreateSignaalParameters headers) {
        return eenmaal(
                headers.idempotencyKey(),
                invoer,
                () -> service.signaleer(
                        invoer.getGemeente(),
                        inwoner(invoer.getInwoner()),
                        new Vroegsignalen.Signaal(
                                invoer.getSoort().toString(),
                                BigDecimal.valueOf(invoer.getBedrag()),
                                invoer.getSinds(),
                                invoer.getSignaaldatum(),
                                Boolean.TRUE.equals(invoer.getCrisissignaal()),
                                Boolean.TRUE.equals(invoer.getWarmeOverdracht()))));
    }

    @Override
    @RolesAllowed(PARTNER)
    public Response getSignaal(UUID id) {
        Vroegsignalen.Partnerzicht zicht = service.signaal(id);
        return Response.ok(new SignaalVoorPartnerDto()
                        .id(zicht.id())
                        .ontvangenOp(zicht.ontvangenOp().atOffset(ZoneOffset.UTC))
                        .status(SignaalVoorPartnerDto.StatusEnum.fromValue(zicht.status())))
                .build();
    }

    private Response eenmaal(String sleutel, Object invoer, Supplier<UUID> werk) {
        return idempotentie.eenmaal(
                service.organisatie(),
                sleutel,
                invoer,
                () -> new Idempotentie.Antwoord(
                        201,
                        new OntvangstbevestigingDto()
                                .id(werk.get())
                                .ontvangenOp(clock.instant().atOffset(ZoneOffset.UTC))));
    }

    private static Aanmelden.Inwonergegevens inwoner(InwonerInvoerDto dto) {
        InwonerAdresDto adres = dto.getAdres();
        return new Aanmelden.Inwonergegevens(
                dto.getVoornamen(),
                dto.getAchternaam(),
                dto.getGeboortedatum(),
                dto.getBsn(),
                adres == null
                        ? null
                        : new Adres(
                                adres.getStraat(),
                                adres.getHuisnummer(),
                                adres.getHuisnummertoevoeging(),
                                adres.getPostcode(),
                                adres.getPlaats()),
                dto.getTelefoonnummer(),
                dto.getEmailadres(),
                dto.getVoorkeurstaal());
    }
}
