package nl.vraagwijzer.triage;

import java.util.List;
import java.util.UUID;

/**
 * One recommendation of the advice, with the rules that gave it and matching services, and why the
 * services stand in their order ({@code volgorde}, one sentence per step; null in advice recorded
 * before it existed).
 */
public record Aanbeveling(
        String leefgebied,
        String urgentie,
        Integer termijnWerkdagen,
        String toelichting,
        List<Bron> regels,
        List<String> volgorde,
        List<Kandidaat> diensten) {

    /** A rule, in the version that fired. */
    public record Bron(UUID id, String naam, long versie) {}

    /**
     * A proposed service; {@code soort} and {@code wachttijdWeken} as {@code DienstKandidaat} has
     * them (null in advice recorded before they existed).
     */
    public record Kandidaat(UUID id, String naam, UUID organisatieId, String soort, Integer wachttijdWeken) {}
}
