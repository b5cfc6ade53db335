package nl.vraagwijzer.shared.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.vraagwijzer.shared.problem.ApiProblem;

/**
 * Limits how often one caller may do something costly or sensitive, such as searching by BSN or
 * exporting, within a window of one minute. Per service instance, in memory: enough to stop a
 * script or a stolen token from harvesting, not a quota system.
 */
@ApplicationScoped
public class Snelheidsbegrenzer {

    private static final Duration VENSTER = Duration.ofMinutes(1);

    private record Teller(Instant begin, int aantal) {}

    private final Map<String, Teller> tellers = new ConcurrentHashMap<>();
    private final Clock clock;

    public Snelheidsbegrenzer(Clock clock) {
        this.clock = clock;
    }

    /** @throws ApiProblem 429 with Retry-After once {@code wie} did {@code wat} {@code perMinuut} times */
    public void vereis(String wat, String wie, int perMinuut) {
        Instant nu = clock.instant();
        Teller teller = tellers.compute(
                wat + "|" + wie,
                (sleutel, oud) -> oud == null || !nu.isBefore(oud.begin().plus(VENSTER))
                        ? new Teller(nu, 1)
                        : new Teller(oud.begin(), oud.aantal() + 1));
        if (teller.aantal() > perMinuut) {
            long wacht = Math.max(
                    1, Duration.between(nu, teller.begin().plus(VENSTER)).toSeconds());
            throw ApiProblem.tooManyRequests(
                    "Te veel verzoeken (" + wat + "): maximaal " + perMinuut + " per minuut; probeer het over " + wacht
                            + " seconden opnieuw.",
                    wacht);
        }
    }
}
