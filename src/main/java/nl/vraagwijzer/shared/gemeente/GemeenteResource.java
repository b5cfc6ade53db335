package nl.vraagwijzer.shared.gemeente;

import static nl.vraagwijzer.shared.security.Rollen.BALIEMEDEWERKER;
import static nl.vraagwijzer.shared.security.Rollen.BEHEERDER;
import static nl.vraagwijzer.shared.security.Rollen.PARTNER;
import static nl.vraagwijzer.shared.security.Rollen.PRIVACYFUNCTIONARIS;
import static nl.vraagwijzer.shared.security.Rollen.PROFESSIONAL;
import static nl.vraagwijzer.shared.security.Rollen.RAPPORTAGE;
import static nl.vraagwijzer.shared.security.Rollen.TEAMLEIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import nl.vraagwijzer.api.GemeentenApi;
import nl.vraagwijzer.api.model.GemeenteDto;
import nl.vraagwijzer.api.model.GemeenteteamDto;
import nl.vraagwijzer.api.model.WijkgebiedDto;

/** The gemeenten a caller may act for, and the teams of the one it acts for (from the configuration). */
public class GemeenteResource implements GemeentenApi {

    private final Gemeentekeuze keuze;
    private final Gemeenteindeling indeling;

    public GemeenteResource(Gemeentekeuze keuze, Gemeenteindeling indeling) {
        this.keuze = keuze;
        this.indeling = indeling;
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, PARTNER, RAPPORTAGE})
    public Response listGemeenten() {
        return Response.ok(
                        keuze.toegestaan().stream().map(GemeenteResource::dto).toList())
                .build();
    }

    @Override
    @RolesAllowed({BALIEMEDEWERKER, PROFESSIONAL, TEAMLEIDER, BEHEERDER, PRIVACYFUNCTIONARIS, RAPPORTAGE})
    public Response listTeams(ListTeamsParameters headers) {
        Gemeenteindeling.Gemeente gemeente = indeling.gemeente(keuze.actief()).orElseThrow();
        return Response.ok(gemeente.teams().stream()
                        .map(team -> new GemeenteteamDto()
                                .code(team.code())
                                .naam(team.naam())
                                .gemeente(gemeente.code())
                                .wijken(team.wijken()))
                        .toList())
                .build();
    }

    private static GemeenteDto dto(Gemeenteindeling.Gemeente gemeente) {
        return new GemeenteDto()
                .code(gemeente.code())
                .naam(gemeente.naam())
                .wijken(gemeente.wijken().stream()
                        .map(wijk -> new WijkgebiedDto().naam(wijk.naam()).postcodegebieden(wijk.postcodegebieden()))
                        .toList());
    }
}
