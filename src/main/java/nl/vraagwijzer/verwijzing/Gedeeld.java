package nl.vraagwijzer.verwijzing;

import java.util.List;

/** What is shared with the partner: only what the professional chose (data minimisation). */
public record Gedeeld(String samenvatting, List<String> leefgebieden, List<Score> scores) {

    public record Score(String leefgebied, Integer score) {}
}
