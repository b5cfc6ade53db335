package nl.vraagwijzer.triage;

/** What a rule advises: a leefgebied to serve, how urgently and within how many working days. */
public record Advies(String leefgebied, String urgentie, Integer termijnWerkdagen, String toelichting) {}
