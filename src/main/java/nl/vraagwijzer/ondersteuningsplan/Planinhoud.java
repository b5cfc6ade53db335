package nl.vraagwijzer.ondersteuningsplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a support plan holds: goals per leefgebied (the GGM's Doelstelling) measured with the ZRM,
 * actions with an owner, and the dates of its evaluations. Stored as one JSON document: it changes
 * as a whole, under If-Match.
 */
public record Planinhoud(List<Doel> doelen, List<Actie> acties, List<LocalDate> evaluatiedata) {

    /** A goal, of one member (or of the whole household when {@code inwonerId} is null). */
    public record Doel(
            UUID id,
            UUID inwonerId,
            String leefgebied,
            String omschrijving,
            Integer zrmStart,
            int zrmDoel,
            LocalDate streefdatum,
            String voortgang) {}

    /**
     * An action: of the resident, someone of their network, the team, or a partner organisation
     * through a referral ({@code verwijzingId}, with that referral's {@code organisatieId}).
     */
    public record Actie(
            UUID id,
            UUID doelId,
            String omschrijving,
            String eigenaar,
            String eigenaarNaam,
            UUID verwijzingId,
            UUID organisatieId,
            LocalDate datum,
            String status) {}

    public Planinhoud {
        doelen = List.copyOf(doelen);
        acties = List.copyOf(acties);
        evaluatiedata = List.copyOf(evaluatiedata);
    }
}
