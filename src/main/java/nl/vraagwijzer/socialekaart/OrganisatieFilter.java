package nl.vraagwijzer.socialekaart;

/** Filters for the organisation list; {@code null} means "no filter". */
public record OrganisatieFilter(String q, String naam, String leefgebied, String wijk, String gemeente) {}
