package nl.vraagwijzer.huishouden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.http.ETags;
import nl.vraagwijzer.shared.ports.HulpvraagKern;
import nl.vraagwijzer.shared.ports.Hulpvragen;
import nl.vraagwijzer.shared.ports.Inwoners;
import nl.vraagwijzer.shared.ports.Ondersteuningsplannen;
import nl.vraagwijzer.shared.ports.Verwijzingen;
import nl.vraagwijzer.shared.ports.Zelfredzaamheid;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/**
 * Households: formed at the desk or by a professional, members moving in and out, and the view of
 * the whole household for the team that holds a question of one of its members. Every read and
 * change of a household is a read or change of its residents' data and is logged.
 */
@ApplicationScoped
public class HuishoudenService {

    /** A member as the caller names them. */
    public record Lid(UUID inwonerId, String relatie, LocalDate vanaf) {}

    /** The household view: its members' open questions the caller may know of, their scores and referrals. */
    public record Overzicht(
            Huishouden huishouden,
            List<HulpvraagKern> hulpvragen,
            List<Zelfredzaamheid.Stand> scores,
            List<Verwijzingen.Kern> verwijzingen,
            Optional<UUID> plan) {}

    private final HuishoudenRepository huishoudens;
    private final Inwoners inwoners;
    private final Hulpvragen hulpvragen;
    private final Zelfredzaamheid zelfredzaamheid;
    private final Verwijzingen verwijzingen;
    private final Ondersteuningsplannen plannen;
    private final Aanroeper aanroeper;
    private final Logboek logboek;
    private final Clock clock;

    public HuishoudenService(
            HuishoudenRepository huishoudens,
            Inwoners inwoners,
            Hulpvragen hulpvragen,
            Zelfredzaamheid zelfredzaamheid,
            Verwijzingen verwijzingen,
            Ondersteuningsplannen plannen,
            Aanroeper aanroeper,
            Logboek logboek,
            Clock clock) {
        this.huishoudens = huishoudens;
        this.inwoners = inwoners;
        this.hulpvragen = hulpvragen;
        this.zelfredzaamheid = zelfredzaamheid;
        this.verwijzingen = verwijzingen;
        this.plannen = plannen;
        this.aanroeper = aanroeper;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Forms a household in the gemeente the caller acts for.
     *
     * @throws ApiProblem 400 for an unknown resident (another gemeente's too), one named twice or a
     *     date in the future; 403 for a professional whose team holds no question of any of them;
     *     409 for a resident who lives in a household already
     */
    @Transactional
    public Huishouden vorm(List<Lid> leden) {
        Set<UUID> gezien = new HashSet<>();
        for (int i = 0; i < leden.size(); i++) {
            UUID inwoner = leden.get(i).inwonerId();
            if (!gezien.add(inwoner)) {
                throw ApiProblem.badRequest("leden[" + i + "].inwonerId: " + inwoner + " staat er al in.");
            }
            if (!inwoners.bestaat(inwoner)) {
                throw ApiProblem.badRequest("leden[" + i + "].inwonerId: inwoner " + inwoner + " is onbekend.");
            }
        }
        if (gezien.stream().noneMatch(inwoners::heeftToegang)) {
            inwoners.vereisToegang(leden.get(0).inwonerId(), "huishouden-vormen");
        }
        vereisNietIngedeeld(gezien);
        Huishouden huishouden = new Huishouden(aanroeper.subject(), clock.instant());
        LocalDate vandaag = Werkdagen.vandaag(clock);
        leden.forEach(lid -> huishouden.trekIn(
                lid.inwonerId(), lid.relatie(), vanaf(lid, vandaag), vandaag, aanroeper.subject(), clock.instant()));
        huishoudens.persist(huishouden);
        huishoudens.flush();
        logboek.toegestaan("huishouden-vormen", gezien);
        return huishouden;
    }

    /** The household the resident lives in now, if any. @throws ApiProblem 403 as for the resident */
    @Transactional
    public Optional<Huishouden> vanInwoner(UUID inwonerId) {
        if (!inwoners.bestaat(inwonerId)) {
            throw ApiProblem.notFound("Inwoner", inwonerId);
        }
        inwoners.vereisToegang(inwonerId, "huishouden-lezen");
        Optional<Huishouden> huishouden = huishoudens.vanInwoner(inwonerId).map(Huishouden::geladen);
        logboek.toegestaan(
                "huishouden-lezen", huishouden.map(HuishoudenService::bewoners).orElse(Set.of(inwonerId)));
        return huishouden;
    }

    /**
     * The households where a member holds an open question of the caller's team and that have no
     * plan, and so no coordinator, oldest first.
     *
     * @throws ApiProblem 403 for a caller without a team (the desk)
     */
    @Transactional
    public List<Huishouden> zonderRegisseur() {
        String team = aanroeper.zichtTeam();
        if (team.isEmpty()) {
            throw new ApiProblem(403, "zonderRegisseur: alleen voor een team (claim team).");
        }
        List<Huishouden> metVraag = huishoudens.vanInwoners(hulpvragen.inwonersMetOpenVraagVan(team));
        Set<UUID> metPlan =
                plannen.metPlan(metVraag.stream().map(Huishouden::id).toList());
        List<Huishouden> zonder = metVraag.stream()
                .filter(huishouden -> !metPlan.contains(huishouden.id()))
                .map(Huishouden::geladen)
                .toList();
        Set<UUID> gelezen = new HashSet<>();
        zonder.forEach(huishouden -> gelezen.addAll(bewoners(huishouden)));
        logboek.toegestaan("huishoudens-zonder-regisseur", gelezen);
        return zonder;
    }

    /**
     * The whole household in one view, for the team that holds a question of one of its members.
     *
     * @throws ApiProblem 404 for an unknown household, another gemeente's, or one where the caller's
     *     team holds no question the caller may know of (the refusal logged)
     */
    @Transactional
    public Overzicht overzicht(UUID id) {
        Huishouden huishouden = huishoudens
                .findByIdOptional(id)
                .map(Huishouden::geladen)
                .orElseThrow(() -> ApiProblem.notFound("Huishouden", id));
        Set<UUID> leden = bewoners(huishouden);
        List<HulpvraagKern> vragen = hulpvragen
                .openVoorTeam(leden, aanroeper.zichtTeam(), "huishouden-lezen")
                .orElseThrow(() -> ApiProblem.notFound("Huishouden", id));
        List<UUID> vraagIds = vragen.stream().map(HulpvraagKern::id).toList();
        Overzicht overzicht = new Overzicht(
                huishouden,
                vragen,
                zelfredzaamheid.laatste(vraagIds),
                verwijzingen.vanHulpvragen(vraagIds),
                plannen.vanHuishouden(id));
        logboek.toegestaan("huishouden-lezen", leden);
        return overzicht;
    }

    /**
     * A resident moves in.
     *
     * @throws ApiProblem 404 for an unknown household (or one the caller may not change); 400 for an
     *     unknown resident; 409 for one living in a household already; 412/428 for the version
     */
    @Transactional
    public Huishouden voegToe(UUID id, String ifMatch, Lid lid) {
        Huishouden huishouden = teWijzigen(id, ifMatch);
        if (!inwoners.bestaat(lid.inwonerId())) {
            throw ApiProblem.badRequest("inwonerId: inwoner " + lid.inwonerId() + " is onbekend.");
        }
        if (bewoners(huishouden).contains(lid.inwonerId())) {
            throw ApiProblem.conflict("inwonerId: " + lid.inwonerId() + " woont al in dit huishouden.");
        }
        vereisNietIngedeeld(Set.of(lid.inwonerId()));
        LocalDate vandaag = Werkdagen.vandaag(clock);
        huishouden.trekIn(
                lid.inwonerId(), lid.relatie(), vanaf(lid, vandaag), vandaag, aanroeper.subject(), clock.instant());
        huishoudens.flush();
        logboek.toegestaan("huishouden-wijzigen", bewoners(huishouden));
        return huishouden;
    }

    /**
     * A member leaves, on {@code datum} (today when null).
     *
     * @throws ApiProblem 404; 409 for someone who does not live there; 400 for the date; 412/428
     */
    @Transactional
    public Huishouden vertrek(UUID id, String ifMatch, UUID inwonerId, LocalDate datum, String reden) {
        Huishouden huishouden = teWijzigen(id, ifMatch);
        Set<UUID> voor = bewoners(huishouden);
        LocalDate vandaag = Werkdagen.vandaag(clock);
        huishouden.vertrek(inwonerId, datum == null ? vandaag : datum, reden, vandaag, clock.instant());
        huishoudens.flush();
        logboek.toegestaan("huishouden-wijzigen", voor);
        return huishouden;
    }

    /**
     * The household, if the caller may change it: the desk always, a professional when their team
     * holds a question of someone who lives or lived there (also once the last one left).
     */
    private Huishouden teWijzigen(UUID id, String ifMatch) {
        long verwacht = ETags.expectedVersion(ifMatch);
        Huishouden huishouden = huishoudens
                .findByIdOptional(id)
                .map(Huishouden::geladen)
                .orElseThrow(() -> ApiProblem.notFound("Huishouden", id));
        Set<UUID> leden = new HashSet<>();
        huishouden.geschiedenis().forEach(lid -> leden.add(lid.inwonerId()));
        if (leden.stream().noneMatch(inwoners::heeftToegang)) {
            logboek.geweigerd("huishouden-wijzigen", leden, "geen hulpvraag van het eigen team in dit huishouden");
            throw ApiProblem.notFound("Huishouden", id);
        }
        ETags.requireCurrent(verwacht, huishouden.versie());
        return huishouden;
    }

    private void vereisNietIngedeeld(Set<UUID> inwonerIds) {
        huishoudens.alIngedeeld(inwonerIds).ifPresent(inwoner -> {
            throw ApiProblem.conflict(
                    "inwonerId: " + inwoner + " woont al in een ander huishouden; leg daar eerst het vertrek vast.");
        });
    }

    private static LocalDate vanaf(Lid lid, LocalDate vandaag) {
        return lid.vanaf() == null ? vandaag : lid.vanaf();
    }

    private static Set<UUID> bewoners(Huishouden huishouden) {
        Set<UUID> ids = new HashSet<>();
        huishouden.huidige().forEach(lid -> ids.add(lid.inwonerId()));
        return ids;
    }
}
