package nl.vraagwijzer.shared.ports;

import java.util.UUID;

/** A service from the directory that could take a referral. */
public record DienstKandidaat(UUID id, String naam, UUID organisatieId, int reactietermijnWerkdagen) {}
