package nl.vraagwijzer.gebeurtenissen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.vraagwijzer.shared.gemeente.Gemeentekeuze;
import nl.vraagwijzer.shared.security.Aanroeper;

/**
 * A partner's own events, and the streams of their own (a partner's signals, a gemeente's plans), in
 * order, to continue from the last one seen.
 */
@ApplicationScoped
public class GebeurtenisService {

    private final GebeurtenisRepository gebeurtenissen;
    private final Aanroeper aanroeper;
    private final Gemeentekeuze gemeentekeuze;

    public GebeurtenisService(GebeurtenisRepository gebeurtenissen, Aanroeper aanroeper, Gemeentekeuze gemeentekeuze) {
        this.gebeurtenissen = gebeurtenissen;
        this.aanroeper = aanroeper;
        this.gemeentekeuze = gemeentekeuze;
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
     * The caller's events of a stream of its own after its position {@code vanaf} there, in order:
     * its organisation's signals, or its gemeente's plans for a gemeente's system.
     *
     * @throws nl.vraagwijzer.shared.problem.ApiProblem 403 for a token that names no organisation, or
     *     (plans) not exactly one gemeente
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gebeurtenis> inStroom(Gebeurtenisstroom stroom, long vanaf, int aantal) {
        String eigenaar =
                switch (stroom) {
                    case SIGNALEN -> aanroeper.vereisOrganisatie().toString();
                    case PLANNEN -> gemeentekeuze.vanGemeentesysteem();
                };
        return gebeurtenissen.inStroom(stroom, eigenaar, vanaf, aantal);
    }

    /** The same in the old shape's terms: after volgnummer {@code vanaf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Gebeurtenis> naVolgnummer(long vanaf, int aantal) {
        return gebeurtenissen.na(aanroeper.vereisOrganisatie(), vanaf, aantal);
    }
}
