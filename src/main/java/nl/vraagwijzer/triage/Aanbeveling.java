package nl.vraagwijzer.triage;

import java.util.List;
import java.util.UUID;

/** One recommendation of the advice, with the rules that gave it and matching services. */
public record Aanbeveling(
        String leefgebied,
        String urgentie,
        Integer termijnWerkdagen,
        String toelichting,
        List<Bron> regels,
        List<Kandidaat> diensten) {

    /** A rule, in the version that fired. */
    public record Bron(UUID id, String naam, long versie) {}

    public record Kandidaat(UUID id, String naam, UUID organisatieId) {}
}
