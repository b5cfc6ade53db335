package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/**
 * Erases a feature's personal data about a resident when the retention period has passed,
 * keeping what is not personal (dates, statuses, scores) for the figures. The front door's
 * retention job calls every implementation in its transaction.
 */
public interface Anonimisering {

    void anonimiseer(UUID inwonerId);
}
