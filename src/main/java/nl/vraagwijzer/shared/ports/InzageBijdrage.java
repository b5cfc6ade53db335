package nl.vraagwijzer.shared.ports;

import java.util.UUID;
import nl.vraagwijzer.api.model.InzageverzoekDto;

/**
 * What a feature holds on a resident, for an access request (AVG art. 15). The front door
 * collects every implementation, so a new feature's data is never left out of the answer.
 */
public interface InzageBijdrage {

    void vulAan(UUID inwonerId, InzageverzoekDto overzicht);
}
