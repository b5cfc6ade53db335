package nl.vraagwijzer.huishouden;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vraagwijzer.shared.ports.Huishoudens;

/** Who lives in a household, for other features; the ids only, so not access-logged here. */
@ApplicationScoped
public class HuishoudenLeden implements Huishoudens {

    private final HuishoudenRepository huishoudens;

    public HuishoudenLeden(HuishoudenRepository huishoudens) {
        this.huishoudens = huishoudens;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Set<UUID>> leden(UUID huishoudenId) {
        return huishoudens.findByIdOptional(huishoudenId).map(huishouden -> huishouden.huidige().stream()
                .map(Huishoudlid::inwonerId)
                .collect(Collectors.toSet()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> vanInwoner(UUID inwonerId) {
        return huishoudens.vanInwoner(inwonerId).map(Huishouden::id);
    }
}
