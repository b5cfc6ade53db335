package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/**
 * Events for partner organisations, written in the caller's transaction (transactional outbox): if
 * the change commits, so does its event, and it reaches the partner's feed and webhooks in order.
 * One method per kind of event, so that what an event carries is decided in one place (the events
 * package), never by the feature that reports it.
 */
public interface Gebeurtenissen {

    /**
     * A referral to {@code organisatie} was sent or changed.
     *
     * @param soort {@code verwijzing-verzonden}, {@code verwijzing-<status>} or {@code verwijzing-overbrugging}
     */
    void verwijzing(UUID organisatie, String soort, UUID verwijzingId, String status, long versie);

    /**
     * A push of {@code organisatie} was received and became the question {@code kenmerk}.
     *
     * @param soort {@code aanmelding-ontvangen} or {@code signaal-ontvangen}
     */
    void ontvangen(UUID organisatie, String soort, UUID kenmerk);
}
