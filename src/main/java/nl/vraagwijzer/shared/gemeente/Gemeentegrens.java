package nl.vraagwijzer.shared.gemeente;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.vraagwijzer.shared.persistence.Systeemtoegang;
import org.jboss.logging.Logger;

/**
 * Tells PostgreSQL, on every connection the service takes from the pool, for which gemeente the
 * request acts ({@code vraagwijzer.gemeente}, the one new rows get) and which gemeenten it may see
 * ({@code vraagwijzer.gemeenten}). Row-level security on every tenant-owned table does the rest, so
 * that a query that forgets to filter still sees only those rows (ADR 0013).
 *
 * <p>Both are set on every acquisition, also to nothing when no request is active, so a connection
 * never carries a previous caller's gemeente, and a job (no authenticated caller, also where the
 * scheduler opens a request context) sees no tenant's rows. Staff and scripts act for one gemeente
 * ({@link Gemeentekeuze}); partners see every gemeente but act for none, so that a partner's write
 * names its gemeente explicitly ({@link Systeemtoegang#namens}). Jobs outside a request see nothing
 * unless they take the logged bypass ({@link Systeemtoegang}).
 */
@ApplicationScoped
public class Gemeentegrens implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(Gemeentegrens.class);
    private static final String ZET = "select set_config('vraagwijzer.gemeente', ?, false),"
            + " set_config('vraagwijzer.gemeenten', ?, false), set_config('vraagwijzer.systeem', '', false)";

    @Override
    public void onConnectionAcquire(Connection connection) {
        String gemeente = "";
        String zichtbaar = "";
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<Gemeentekeuze> handle = Arc.container().instance(Gemeentekeuze.class)) {
                Gemeentekeuze keuze = handle.get();
                if (!keuze.isAnoniem()) {
                    gemeente = keuze.actief();
                    zichtbaar = String.join(",", keuze.zichtbaar());
                }
            } catch (RuntimeException e) {
                // no authenticated caller (an anonymous request), or a gemeente refused before the
                // resource ran (GemeenteFilter): the request sees no tenant's rows
                gemeente = "";
                zichtbaar = "";
            }
        }
        try (PreparedStatement zet = connection.prepareStatement(ZET)) {
            zet.setString(1, gemeente);
            zet.setString(2, zichtbaar);
            zet.execute();
        } catch (SQLException e) {
            // a broken connection fails its first real statement too, and is answered there
            LOG.debugf("Could not set the gemeente on a connection: %s", e.getMessage());
        }
    }
}
