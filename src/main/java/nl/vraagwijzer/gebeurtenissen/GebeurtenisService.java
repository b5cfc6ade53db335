package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.vraagwijzer.shared.security.Aanroeper;

/** A partner's own events and its signals' status events, in order, to continue from the last one it saw. */
@ApplicationScoped
public class GebeurtenisService {

    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;

    public GebeurtenisService(GebeurtenisRepository gebeurtenissen, Aanroeper aanroeper) {
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
    }

    /**
     * The caller's organisation's events after its stream position {@code vanaf}, in order.
     *
     * @throws nl.vraagwijzer.shared.problem.ApiProblem 403 for a token that names no organisation
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gebeurtenis> na(long vanaf, int aantal) {
        return gebeurtenissen.naReeks(aanroeper.vereisOrganisatie(), vanaf, aantal);
    }

    /**
     * The caller's organisation's signal events (its signals' status) after its signal stream
     * position {@code vanaf}, in order.
     *
     * @throws nl.vraagwijzer.shared.problem.ApiProblem 403 for a token that names no organisation
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gebeurtenis> signalenNa(long vanaf, int aantal) {
        return gebeurtenissen.naSignaalreeks(aanroeper.vereisOrganisatie(), vanaf, aantal);
    }

    /** The same in the old shape's terms: after volgnummer {@code vanaf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gebeurtenis> naVolgnummer(long vanaf, int aantal) {
        return gebeurtenissen.na(aanroeper.vereisOrganisatie(), vanaf, aantal);
    }
}
