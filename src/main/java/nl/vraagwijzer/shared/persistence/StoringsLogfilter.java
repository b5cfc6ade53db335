package nl.vraagwijzer.shared.persistence;

import io.quarkus.logging.LoggingFilter;
import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Keeps an outage of the database to the one line {@link Databasestoring} writes: the connection
 * pool (every failed connect), the transaction manager (every rollback on a dead connection) and
 * Hibernate (every failed statement) would each write a warning, many with a stack trace, per
 * request. Only records that report a lost or refused connection are dropped; everything else
 * these loggers say still gets through.
 */
@LoggingFilter(name = "database-storing")
public final class StoringsLogfilter implements Filter {

    private static final String[] LAWAAI = {
        "io.agroal", "com.arjuna", "org.hibernate.orm.jdbc", "org.hibernate.engine.jdbc"
    };
    private static final String[] VERBINDING_WEG = {
        " refused",
        "connection has been closed",
        "i/o error",
        "terminating connection",
        "the database system is",
        "sqlstate: 08",
        "sqlstate: 57p",
        "acquisition timeout",
        "connection attempt failed",
        "econnreset",
        "connection reset",
        "broken pipe"
    };

    @Override
    public boolean isLoggable(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        boolean lawaai = false;
        for (String bron : LAWAAI) {
            lawaai |= logger.startsWith(bron);
        }
        if (!lawaai) {
            return true;
        }
        StringBuilder tekst = new StringBuilder(
                record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : String.valueOf(record.getMessage()));
        for (Throwable t = record.getThrown(); t != null && t.getCause() != t; t = t.getCause()) {
            tekst.append(' ').append(t.getMessage());
        }
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                tekst.append(' ').append(parameter);
            }
        }
        String alles = tekst.toString().toLowerCase(Locale.ROOT);
        for (String teken : VERBINDING_WEG) {
            if (alles.contains(teken)) {
                return false;
            }
        }
        return true;
    }
}
