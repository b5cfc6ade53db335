package nl.vraagwijzer.shared.ports;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Events for partner organisations and the gemeente's own systems, written in the caller's
 * transaction (transactional outbox): if the change commits, so does its event, and it reaches the
 * partner's feed and the webhooks in order. Every event belongs to the gemeente the transaction
 * acts for; one about a partner's work also to that partner.
 * One method per type of event, so that what an event carries is decided in one place (the events
 * package, which keeps them information-poor), never by the feature that reports it.
 */
public interface Gebeurtenissen {

    /** The question {@code hulpvraagId} was registered (for the gemeente's own systems only). */
    void hulpvraagGeregistreerd(UUID hulpvraagId);

    /** The status of the question changed from {@code vorige} to {@code status} (for the gemeente's systems). */
    void hulpvraagStatusGewijzigd(UUID hulpvraagId, String vorige, String status);

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

    /**
     * The status that {@code organisatie} sees of its signal changed from {@code vorige} to
     * {@code status} (received, taken up, closed; never why): in that partner's signal stream only.
     */
    void signaalStatusGewijzigd(UUID organisatie, UUID signaalId, String vorige, String status);

    /** The resident agreed to support plan {@code planId} of {@code gemeente} (its systems' plan stream). */
    void planAkkoord(String gemeente, UUID planId);

    /** The plan got another coordinator (who, and why, the plan tells whoever may read it). */
    void planRegisseurGewisseld(String gemeente, UUID planId);

    /** The plan's evaluation date {@code evaluatiedatum} has come. */
    void planEvaluatieNodig(String gemeente, UUID planId, LocalDate evaluatiedatum);

    /** A goal of the plan was achieved. */
    void planDoelBereikt(String gemeente, UUID planId, UUID doelId);
}
