package nl.vraagwijzer.shared.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What a feature adds to a resident's timeline (triages now, referrals later). The front door
 * collects every implementation, so a new feature joins the timeline without the front door
 * knowing it.
 */
public interface TijdlijnBijdrage {

    /** An event on the timeline. */
    record Gebeurtenis(String soort, UUID id, UUID hulpvraagId, Instant tijdstip, String samenvatting) {}

    /**
     * The events of these questions that the current caller may see. The questions are already
     * limited to those the caller may see; the feature applies its own stricter rules on top.
     */
    List<Gebeurtenis> gebeurtenissen(Collection<UUID> hulpvraagIds);
}
