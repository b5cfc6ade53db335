package nl.vraagwijzer.socialekaart;

import java.util.UUID;

/** Filters for the service list; {@code null} means "no filter". */
public record DienstFilter(String naam, String leefgebied, String wijk, String gemeente, UUID organisatieId) {}
