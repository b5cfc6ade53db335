package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/** Whether a resident exists, for features that refer to residents by id. */
public interface Inwoners {

    boolean bestaat(UUID inwonerId);
}
