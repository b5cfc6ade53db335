package nl.vraagwijzer.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * The explicit, logged bypass of row-level security for maintenance jobs that work across
 * gemeenten (retention, webhook delivery): it holds for the current transaction only.
 */
@ApplicationScoped
public class Systeemtoegang {

    private static final Logger LOG = Logger.getLogger(Systeemtoegang.class);

    private final EntityManager entityManager;

    public Systeemtoegang(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Lets this transaction see every gemeente's rows; call inside a transaction. */
    public void overAlleGemeenten(String taak) {
        LOG.debugf("Job %s works across gemeenten (row-level security bypassed for its transaction)", taak);
        entityManager
                .createNativeQuery("select set_config('vraagwijzer.systeem', 'aan', true)")
                .getSingleResult();
    }

    /** New rows of this transaction belong to {@code gemeente} (a job writing for a resident). */
    public void namens(String gemeente) {
        entityManager
                .createNativeQuery("select set_config('vraagwijzer.gemeente', :gemeente, true)")
                .setParameter("gemeente", gemeente)
                .getSingleResult();
    }
}
