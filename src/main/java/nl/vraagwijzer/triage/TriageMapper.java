package nl.vraagwijzer.triage;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import nl.vraagwijzer.api.model.AanbevelingDienstenInnerDto;
import nl.vraagwijzer.api.model.AanbevelingDto;
import nl.vraagwijzer.api.model.AanbevelingRegelsInnerDto;
import nl.vraagwijzer.api.model.AdviesDto;
import nl.vraagwijzer.api.model.DreigingDto;
import nl.vraagwijzer.api.model.LeefgebiedDto;
import nl.vraagwijzer.api.model.OnderliggendeVraagDto;
import nl.vraagwijzer.api.model.TriageDto;
import nl.vraagwijzer.api.model.TriageInvoerDto;
import nl.vraagwijzer.api.model.TriageregelDto;
import nl.vraagwijzer.api.model.UitkomstDto;
import nl.vraagwijzer.api.model.UrgentieDto;
import nl.vraagwijzer.api.model.VeiligheidssignaalDto;
import nl.vraagwijzer.api.model.VoorwaardeDto;
import nl.vraagwijzer.api.model.VoorwaardeScoresInnerDto;
import nl.vraagwijzer.api.model.WettelijkKaderDto;
import nl.vraagwijzer.api.model.ZelfredzaamheidCijferDto;
import nl.vraagwijzer.api.model.ZrmScoreDto;

/** Between the contract's DTOs and the triage domain. */
final class TriageMapper {

    private TriageMapper() {}

    static Triage.Beoordeling beoordeling(TriageInvoerDto invoer) {
        return new Triage.Beoordeling(
                map(
                        invoer.getZrmScores(),
                        s -> new ZrmScore(
                                s.getLeefgebied().toString(),
                                s.getScore(),
                                s.getEigenKracht(),
                                s.getNetwerk(),
                                s.getProfessioneleHulp())),
                map(
                        invoer.getOnderliggendeVragen(),
                        v -> new OnderliggendeVraag(
                                v.getLeefgebied().toString(),
                                v.getOmschrijving(),
                                v.getErnst().toString())),
                map(invoer.getVeiligheid(), Object::toString),
                map(invoer.getDreigingen(), Object::toString),
                invoer.getEigenKracht(),
                invoer.getNetwerk(),
                invoer.getUitkomst().toString(),
                invoer.getToelichting());
    }

    static TriageDto dto(Triage triage) {
        Triage.Beoordeling b = triage.beoordeling();
        return new TriageDto()
                .id(triage.id())
                .hulpvraagId(triage.hulpvraagId())
                .zrmScores(map(b.zrmScores(), s -> new ZrmScoreDto()
                        .leefgebied(LeefgebiedDto.fromValue(s.leefgebied()))
                        .score(s.score())
                        .eigenKracht(s.eigenKracht())
                        .netwerk(s.netwerk())
                        .professioneleHulp(s.professioneleHulp())))
                .onderliggendeVragen(map(b.onderliggendeVragen(), v -> new OnderliggendeVraagDto()
                        .leefgebied(LeefgebiedDto.fromValue(v.leefgebied()))
                        .omschrijving(v.omschrijving())
                        .ernst(OnderliggendeVraagDto.ErnstEnum.fromValue(v.ernst()))))
                .veiligheid(map(b.veiligheid(), VeiligheidssignaalDto::fromValue))
                .dreigingen(map(b.dreigingen(), DreigingDto::fromValue))
                .urgent(triage.urgent())
                .eigenKracht(b.eigenKracht())
                .netwerk(b.netwerk())
                .uitkomst(UitkomstDto.fromValue(b.uitkomst()))
                .toelichting(b.toelichting())
                .beoordelaar(triage.beoordelaar())
                .datum(triage.datum())
                .advies(map(triage.advies(), TriageMapper::dto));
    }

    private static AanbevelingDto dto(Aanbeveling a) {
        return new AanbevelingDto()
                .leefgebied(LeefgebiedDto.fromValue(a.leefgebied()))
                .urgentie(UrgentieDto.fromValue(a.urgentie()))
                .termijnWerkdagen(a.termijnWerkdagen())
                .toelichting(a.toelichting())
                .regels(map(a.regels(), r -> new AanbevelingRegelsInnerDto()
                        .id(r.id())
                        .naam(r.naam())
                        .versie(r.versie())))
                .volgorde(a.volgorde())
                .diensten(map(a.diensten(), d -> new AanbevelingDienstenInnerDto()
                        .id(d.id())
                        .naam(d.naam())
                        .organisatieId(d.organisatieId())
                        .soort(d.soort() == null ? null : AanbevelingDienstenInnerDto.SoortEnum.fromValue(d.soort()))
                        .wachttijdWeken(d.wachttijdWeken())));
    }

    static Voorwaarde voorwaarde(VoorwaardeDto dto) {
        return new Voorwaarde(
                map(
                        dto.getScores(),
                        s -> new Voorwaarde.ScoreBereik(s.getLeefgebied().toString(), s.getMin(), s.getMax())),
                map(dto.getOnderliggendeVraag(), Object::toString),
                map(dto.getHulpvraagLeefgebied(), Object::toString),
                dto.getVeiligheid(),
                dto.getDreiging(),
                map(dto.getWettelijkKader(), Object::toString));
    }

    static Advies advies(AdviesDto dto) {
        return new Advies(
                dto.getLeefgebied().toString(),
                dto.getUrgentie().toString(),
                dto.getTermijnWerkdagen(),
                dto.getToelichting());
    }

    static TriageregelDto dto(Triageregel regel) {
        Voorwaarde v = regel.voorwaarde();
        Advies a = regel.advies();
        return new TriageregelDto()
                .id(regel.id())
                .naam(regel.naam())
                .omschrijving(regel.omschrijving())
                .actief(regel.actief())
                .versie(regel.versie())
                .voorwaarde(new VoorwaardeDto()
                        .scores(map(v.scores(), s -> new VoorwaardeScoresInnerDto()
                                .leefgebied(LeefgebiedDto.fromValue(s.leefgebied()))
                                .min(s.min())
                                .max(s.max())))
                        .onderliggendeVraag(map(v.onderliggendeVraag(), LeefgebiedDto::fromValue))
                        .hulpvraagLeefgebied(map(v.hulpvraagLeefgebied(), LeefgebiedDto::fromValue))
                        .veiligheid(v.veiligheid())
                        .dreiging(v.dreiging())
                        .wettelijkKader(map(v.wettelijkKader(), WettelijkKaderDto::fromValue)))
                .advies(new AdviesDto()
                        .leefgebied(LeefgebiedDto.fromValue(a.leefgebied()))
                        .urgentie(UrgentieDto.fromValue(a.urgentie()))
                        .termijnWerkdagen(a.termijnWerkdagen())
                        .toelichting(a.toelichting()))
                .gewijzigdOp(regel.gewijzigdOp().atOffset(ZoneOffset.UTC));
    }

    static ZelfredzaamheidCijferDto dto(TriageRepository.Cijfer cijfer) {
        return new ZelfredzaamheidCijferDto()
                .gemeente(cijfer.gemeente())
                .team(cijfer.team())
                .leefgebied(LeefgebiedDto.fromValue(cijfer.leefgebied()))
                .aantalHulpvragen(cijfer.aantal())
                .gemiddeldeEerste(afgerond(cijfer.eerste()))
                .gemiddeldeLaatste(afgerond(cijfer.laatste()))
                .gemiddeldeVerandering(afgerond(cijfer.laatste() - cijfer.eerste()));
    }

    private static double afgerond(double waarde) {
        return Math.round(waarde * 100) / 100.0;
    }

    /** Null-safe: an absent list in a request is an empty list. */
    private static <A, B> List<B> map(Collection<A> lijst, Function<A, B> functie) {
        return lijst == null ? List.of() : lijst.stream().map(functie).toList();
    }
}
