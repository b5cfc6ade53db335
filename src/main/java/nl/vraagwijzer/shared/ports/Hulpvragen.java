package nl.vraagwijzer.shared.ports;

import java.util.Optional;
import java.util.UUID;

/** The front door's questions, as other features (triage, referrals) see them. */
public interface Hulpvragen {

    Optional<HulpvraagKern> kern(UUID hulpvraagId);
}
