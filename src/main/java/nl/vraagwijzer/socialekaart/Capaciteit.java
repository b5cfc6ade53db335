package nl.vraagwijzer.socialekaart;

import java.time.Duration;
import java.time.Instant;

/**
 * Places available and the expected wait as the partner organisation last stated them.
 *
 * @param plaatsenBeschikbaar places free now
 * @param wachttijdWeken the expected wait in weeks
 * @param bijgewerktOp when it was stated
 */
public record Capaciteit(int plaatsenBeschikbaar, int wachttijdWeken, Instant bijgewerktOp) {

    /** Older than {@code geldig} at {@code nu}: nobody should count on it without asking. */
    public boolean verouderd(Instant nu, Duration geldig) {
        return bijgewerktOp.plus(geldig).isBefore(nu);
    }
}
