package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/**
 * A service from the directory that could take a referral.
 *
 * @param soort {@code collectief} (a collective provision with free access), {@code plaats} (it
 *     states free places), {@code wachtlijst} (no place, a stated wait) or {@code onbekend} (no
 *     current statement)
 * @param wachttijdWeken the stated wait, also when the statement is stale; null when never stated
 */
public record DienstKandidaat(
        UUID id, String naam, UUID organisatieId, int reactietermijnWerkdagen, String soort, Integer wachttijdWeken) {

    public static final String COLLECTIEF = "collectief";
    public static final String PLAATS = "plaats";
    public static final String WACHTLIJST = "wachtlijst";
    public static final String ONBEKEND = "onbekend";
}
