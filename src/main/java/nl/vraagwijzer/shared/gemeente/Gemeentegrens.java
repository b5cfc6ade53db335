package nl.vraagwijzer.shared.gemeente;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Pattern;
import nl.vraagwijzer.shared.security.Aanroeper;
import org.jboss.logging.Logger;

/**
 * Tells PostgreSQL, on every connection the service takes from the pool, for which gemeente the
 * request acts ({@code vraagwijzer.gemeente}, the one new rows get) and which gemeenten it may see
 * ({@code vraagwijzer.gemeenten}). Row-level security on every tenant-owned table does the rest, so
 * that a query that forgets to filter still sees only those rows (ADR 0013).
 *
 * <p>Both are set on every acquisition, also to nothing when no request is active, so a connection
 * never carries a previous caller's gemeente. Staff and scripts act for the gemeente in their token
 * (the default gemeente when it names none); partners serve every gemeente of the deployment. Jobs
 * outside a request see nothing unless they take the logged bypass ({@link Systeemtoegang}).
 */
@ApplicationScoped
public class Gemeentegrens implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(Gemeentegrens.class);
    private static final Pattern CBS_CODE = Pattern.compile("^GM[0-9]{4}$");
    private static final String ZET = "select set_config('vraagwijzer.gemeente', ?, false),"
            + " set_config('vraagwijzer.gemeenten', case when ? then (select coalesce(string_agg(code, ','), '')"
            + " from gemeente) else ? end, false), set_config('vraagwijzer.systeem', '', false)";

    private final GemeenteConfig config;

    public Gemeentegrens(GemeenteConfig config) {
        this.config = config;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        String gemeente = "";
        boolean alle = false;
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<Aanroeper> handle = Arc.container().instance(Aanroeper.class)) {
                Aanroeper aanroeper = handle.get();
                if (aanroeper.isPartner()) {
                    alle = true;
                    gemeente = config.standaard();
                } else {
                    gemeente = aanroeper.gemeente().orElse(config.standaard());
                }
            } catch (RuntimeException e) {
                // no authenticated caller (an anonymous request): no gemeente
                gemeente = "";
            }
        }
        if (!gemeente.isEmpty() && !CBS_CODE.matcher(gemeente).matches()) {
            LOG.infof("Token names gemeente %s, which is no CBS code; the request sees no residents", gemeente);
            gemeente = "";
        }
        try (PreparedStatement zet = connection.prepareStatement(ZET)) {
            zet.setString(1, gemeente);
            zet.setBoolean(2, alle);
            zet.setString(3, gemeente);
            zet.execute();
        } catch (SQLException e) {
            // a broken connection fails its first real statement too, and is answered there
            LOG.debugf("Could not set the gemeente on a connection: %s", e.getMessage());
        }
    }
}
