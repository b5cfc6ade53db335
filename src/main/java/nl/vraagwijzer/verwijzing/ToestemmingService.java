package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.audit.Logboek;
import nl.vraagwijzer.shared.ports.Diensten;
import nl.vraagwijzer.shared.ports.Inwoners;
import nl.vraagwijzer.shared.problem.ApiProblem;
import nl.vraagwijzer.shared.security.Aanroeper;
import nl.vraagwijzer.shared.time.Werkdagen;

/** The resident's consent to share with an organisation. Withdrawal takes effect at once. */
@ApplicationScoped
public class ToestemmingService {

    private final ToestemmingRepository toestemmingen;
    private final Inwoners inwoners;
    private final Diensten diensten;
    private final Aanroeper aanroeper;
    private final Logboek logboek;
    private final Clock clock;

    public ToestemmingService(
            ToestemmingRepository toestemmingen,
            Inwoners inwoners,
            Diensten diensten,
            Aanroeper aanroeper,
            Logboek logboek,
            Clock clock) {
        this.toestemmingen = toestemmingen;
        this.inwoners = inwoners;
        this.diensten = diensten;
        this.aanroeper = aanroeper;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * @throws ApiProblem 400 unknown resident or organisation, a date in the future, an end before
     *     the start; 403 for a professional or team lead without a question of this resident
     */
    @Transactional
    public Toestemming legVast(
            UUID inwonerId, UUID organisatieId, String doel, LocalDate datum, String vorm, LocalDate geldigTot) {
        if (!inwoners.bestaat(inwonerId)) {
            throw ApiProblem.badRequest("inwonerId: inwoner " + inwonerId + " bestaat niet.");
        }
        inwoners.vereisToegang(inwonerId, "toestemming-vastleggen");
        if (!diensten.organisatieBestaat(organisatieId)) {
            throw ApiProblem.badRequest("organisatieId: organisatie " + organisatieId + " bestaat niet.");
        }
        if (datum.isAfter(vandaag())) {
            throw ApiProblem.badRequest("datum: ligt in de toekomst.");
        }
        if (geldigTot != null && geldigTot.isBefore(datum)) {
            throw ApiProblem.badRequest("geldigTot: ligt voor datum.");
        }
        Toestemming toestemming = new Toestemming(
                inwonerId, organisatieId, doel, datum, vorm, geldigTot, aanroeper.subject(), clock.instant());
        toestemmingen.persist(toestemming);
        logboek.toegestaan("toestemming-vastleggen", Set.of(inwonerId));
        return toestemming;
    }

    @Transactional
    public Toestemming lees(UUID id) {
        Toestemming toestemming = vind(id, "toestemming-lezen");
        logboek.toegestaan("toestemming-lezen", Set.of(toestemming.inwonerId()));
        return toestemming;
    }

    /** Withdraws the consent; partners lose the shared data of its referrals at once. */
    @Transactional
    public Toestemming trekIn(UUID id) {
        Toestemming toestemming = vind(id, "toestemming-intrekken");
        toestemming.trekIn(clock.instant());
        logboek.toegestaan("toestemming-intrekken", Set.of(toestemming.inwonerId()));
        return toestemming;
    }

    /**
     * Of these consents, the ones valid on {@code op}; one statement of the columns that decide it (a
     * list page asks this for its referrals' consents).
     */
    Set<UUID> geldige(Collection<UUID> ids, LocalDate op) {
        return toestemmingen.geldigheden(ids).stream()
                .filter(geldigheid -> geldigheid.geldigOp(op))
                .map(Toestemming.Geldigheid::id)
                .collect(Collectors.toSet());
    }

    /** A consent the caller's gemeente knows, as named in a request body. */
    java.util.Optional<Toestemming> bekend(UUID id) {
        return toestemmingen.findByIdOptional(id);
    }

    Toestemming vind(UUID id) {
        return toestemmingen.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Toestemming", id));
    }

    /** The consent, if the caller works on a question of its resident (or is the desk). */
    private Toestemming vind(UUID id, String actie) {
        Toestemming toestemming = vind(id);
        inwoners.vereisToegang(toestemming.inwonerId(), actie);
        return toestemming;
    }

    LocalDate vandaag() {
        return Werkdagen.vandaag(clock);
    }
}
