package nl.vraagwijzer.ondersteuningsplan;

import java.time.ZoneOffset;
import java.util.List;
import nl.vraagwijzer.api.model.ActiehouderDto;
import nl.vraagwijzer.api.model.ActiestatusDto;
import nl.vraagwijzer.api.model.DoelvoortgangDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.OndersteuningsplanAkkoordDto;
import nl.vraagwijzer.api.model.OndersteuningsplanDto;
import nl.vraagwijzer.api.model.PartneractieDto;
import nl.vraagwijzer.api.model.PlanactieDto;
import nl.vraagwijzer.api.model.PlandoelDto;
import nl.vraagwijzer.api.model.PlanwijzigingDto;
import nl.vraagwijzer.api.model.RegisseurDto;

/** Support plans as the contract shows them, and its input as the plan takes it. */
final class OndersteuningsplanMapper {

    private OndersteuningsplanMapper() {}

    static Planinhoud inhoud(List<PlandoelDto> doelen, List<PlanactieDto> acties, List<java.time.LocalDate> data) {
        return new Planinhoud(
                doelen.stream()
                        .map(doel -> new Planinhoud.Doel(
                                doel.getId(),
                                doel.getInwonerId(),
                                doel.getLeefgebied().toString(),
                                doel.getOmschrijving(),
                                doel.getZrmStart(),
                                doel.getZrmDoel(),
                                doel.getStreefdatum(),
                                doel.getVoortgang() == null
                                        ? null
                                        : doel.getVoortgang().toString()))
                        .toList(),
                acties.stream()
                        .map(actie -> new Planinhoud.Actie(
                                actie.getId(),
                                actie.getDoelId(),
                                actie.getOmschrijving(),
                                actie.getEigenaar().toString(),
                                actie.getEigenaarNaam(),
                                actie.getVerwijzingId(),
                                null,
                                actie.getDatum(),
                                actie.getStatus() == null
                                        ? null
                                        : actie.getStatus().toString()))
                        .toList(),
                data);
    }

    static Ondersteuningsplan.Regisseur regisseur(RegisseurDto regisseur) {
        return new Ondersteuningsplan.Regisseur(regisseur.getMedewerker(), regisseur.getNaam(), regisseur.getTeam());
    }

    static OndersteuningsplanDto dto(Ondersteuningsplan plan) {
        Ondersteuningsplan.Regisseur regisseur = plan.regisseur();
        return new OndersteuningsplanDto()
                .id(plan.id())
                .huishoudenId(plan.huishoudenId())
                .inwonerId(plan.inwonerId())
                .team(plan.team())
                .regisseur(new RegisseurDto()
                        .medewerker(regisseur.medewerker())
                        .naam(regisseur.naam())
                        .team(regisseur.team()))
                .doelen(plan.inhoud().doelen().stream()
                        .map(doel -> new PlandoelDto()
                                .id(doel.id())
                                .inwonerId(doel.inwonerId())
                                .leefgebied(LeefgebiedDto.fromValue(doel.leefgebied()))
                                .omschrijving(doel.omschrijving())
                                .zrmStart(doel.zrmStart())
                                .zrmDoel(doel.zrmDoel())
                                .streefdatum(doel.streefdatum())
                                .voortgang(DoelvoortgangDto.fromValue(doel.voortgang())))
                        .toList())
                .acties(plan.inhoud().acties().stream()
                        .map(actie -> new PlanactieDto()
                                .id(actie.id())
                                .doelId(actie.doelId())
                                .omschrijving(actie.omschrijving())
                                .eigenaar(ActiehouderDto.fromValue(actie.eigenaar()))
                                .eigenaarNaam(actie.eigenaarNaam())
                                .verwijzingId(actie.verwijzingId())
                                .organisatieId(actie.organisatieId())
                                .datum(actie.datum())
                                .status(ActiestatusDto.fromValue(actie.status())))
                        .toList())
                .evaluatiedata(plan.inhoud().evaluatiedata())
                .akkoord(
                        plan.akkoordDatum() == null
                                ? null
                                : new OndersteuningsplanAkkoordDto()
                                        .door(plan.akkoordDoor())
                                        .datum(plan.akkoordDatum())
                                        .vorm(OndersteuningsplanAkkoordDto.VormEnum.fromValue(plan.akkoordVorm())))
                .gewijzigdNaAkkoord(plan.gewijzigdNaAkkoord())
                .aangemaaktOp(plan.aangemaaktOp().atOffset(ZoneOffset.UTC))
                .gewijzigdOp(plan.gewijzigdOp().atOffset(ZoneOffset.UTC));
    }

    /** A partner's view of its action: no goal, no names. */
    static PartneractieDto dto(Partneracties.Zicht zicht) {
        Planinhoud.Actie actie = zicht.actie();
        return new PartneractieDto()
                .id(actie.id())
                .planId(zicht.planId())
                .planversie(zicht.planversie())
                .verwijzingId(actie.verwijzingId())
                .leefgebied(zicht.leefgebied() == null ? null : LeefgebiedDto.fromValue(zicht.leefgebied()))
                .omschrijving(actie.omschrijving())
                .datum(actie.datum())
                .status(ActiestatusDto.fromValue(actie.status()));
    }

    static PlanwijzigingDto dto(Planwijziging wijziging) {
        return new PlanwijzigingDto()
                .versie(wijziging.versie())
                .medewerker(wijziging.medewerker())
                .tijdstip(wijziging.tijdstip().atOffset(ZoneOffset.UTC))
                .wat(wijziging.wat())
                .naAkkoord(wijziging.naAkkoord());
    }
}
