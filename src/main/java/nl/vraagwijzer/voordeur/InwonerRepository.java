package nl.vraagwijzer.voordeur;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InwonerRepository implements PanacheRepositoryBase<Inwoner, UUID> {

    /** By BSN, through the unique index inwoner_bsn_uniek. */
    /** The resident of {@code gemeente} with this BSN (a BSN is known once per gemeente). */
    public Optional<Inwoner> metBsn(String gemeente, String bsn) {
        return find("gemeente = ?1 and bsn = ?2", gemeente, bsn).firstResultOptional();
    }

    /**
     * By BSN, holding until the end of the transaction a lock on that BSN, so that two
     * registrations of one BSN at once (two desk clicks, two partner retries) take turns: the second
     * finds the first's resident instead of running into the unique index. Different BSNs whose
     * 64-bit hashes collide merely wait for each other.
     */
    public Optional<Inwoner> metBsnVergrendeld(String gemeente, String bsn) {
        getEntityManager()
                .createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:sleutel, 2015))) vergrendeld")
                .setParameter("sleutel", gemeente + ":" + bsn)
                .getSingleResult();
        return metBsn(gemeente, bsn);
    }
}
