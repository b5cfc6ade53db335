package nl.vraagwijzer.triage;

/** A need found behind the presented question. */
public record OnderliggendeVraag(String leefgebied, String omschrijving, String ernst) {}
