package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/**
 * Events for partner organisations, written in the caller's transaction (transactional outbox): if
 * the change commits, so does its event, and it reaches the partner's feed and webhooks in order.
 * One method per type of event, so that what an event carries is decided in one place (the events
 * package, which keeps them information-poor), never by the feature that reports it.
 */
public interface Gebeurtenissen {

    /** A referral to {@code organisatie} was sent. */
    void verwijzingVerzonden(UUID organisatie, UUID verwijzingId, String status, long versie);

    /** The status of a referral to {@code organisatie} changed from {@code vorige} to {@code status}. */
    void verwijzingStatusGewijzigd(UUID organisatie, UUID verwijzingId, String vorige, String status, long versie);

    /** Bridging care was recorded for a referral to {@code organisatie} on a waiting list. */
    void overbruggingVastgelegd(UUID organisatie, UUID verwijzingId, String status, long versie);

    /** A resident pushed by {@code organisatie} became the question {@code kenmerk}. */
    void aanmeldingOntvangen(UUID organisatie, UUID kenmerk);

    /** An early signal of arrears from {@code organisatie} became the question {@code kenmerk}. */
    void signaalOntvangen(UUID organisatie, UUID kenmerk);
}
