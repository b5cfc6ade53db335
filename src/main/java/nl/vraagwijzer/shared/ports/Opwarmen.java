package nl.vraagwijzer.shared.ports;

/**
 * A feature's part in warming a service that has just started ({@code shared.opstart.Opwarming}):
 * its read queries run once, before the first request, on no data. A cold JVM otherwise parses and
 * translates each query shape, builds its loaders and compiles its code at the moment the first
 * requests of that shape arrive, all of them at once; on two cores that made the first seconds'
 * requests wait for seconds (docs/performance.md, "A service that has just started").
 *
 * <p>Runs outside any request and inside a transaction that is rolled back: row-level security
 * shows it no tenant's rows, and it writes nothing (no access-log entry either: it reads no
 * personal data). Call the repositories with the query shapes the requests use most.
 */
public interface Opwarmen {

    void opwarmen();
}
