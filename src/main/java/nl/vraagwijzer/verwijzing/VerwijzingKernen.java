package nl.vraagwijzer.verwijzing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.ports.Verwijzingen;

/** The referrals of questions, for a view over several (the household's); no personal data. */
@ApplicationScoped
public class VerwijzingKernen implements Verwijzingen {

    private final VerwijzingRepository verwijzingen;
    private final ToestemmingService toestemmingen;

    public VerwijzingKernen(VerwijzingRepository verwijzingen, ToestemmingService toestemmingen) {
        this.verwijzingen = verwijzingen;
        this.toestemmingen = toestemmingen;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Kern> vanHulpvragen(Collection<UUID> hulpvraagIds) {
        if (hulpvraagIds.isEmpty()) {
            return List.of();
        }
        // index verwijzing_hulpvraag
        return verwijzingen.list("hulpvraagId in ?1 order by verzondenOp, id", hulpvraagIds).stream()
                .map(verwijzing -> new Kern(
                        verwijzing.id(),
                        verwijzing.hulpvraagId(),
                        verwijzing.inwonerId(),
                        verwijzing.organisatieId(),
                        verwijzing.dienstId(),
                        verwijzing.status().code()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Toegang> metGeldigeToestemming(UUID organisatie, Collection<UUID> verwijzingIds) {
        if (verwijzingIds.isEmpty()) {
            return Map.of();
        }
        List<Verwijzing> aanPartner = verwijzingen.list("id in ?1 and organisatieId = ?2", verwijzingIds, organisatie);
        Set<UUID> geldig = toestemmingen.geldige(
                aanPartner.stream()
                        .map(Verwijzing::toestemmingId)
                        .filter(Objects::nonNull)
                        .toList(),
                toestemmingen.vandaag());
        return aanPartner.stream()
                .filter(verwijzing -> geldig.contains(verwijzing.toestemmingId()))
                .collect(Collectors.toMap(
                        Verwijzing::id,
                        verwijzing -> new Toegang(verwijzing.id(), verwijzing.gemeente(), verwijzing.inwonerId())));
    }
}
