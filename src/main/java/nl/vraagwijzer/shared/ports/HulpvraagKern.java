package nl.vraagwijzer.shared.ports;

import java.util.List;
import java.util.UUID;

/** What another feature may know of a question: no personal data beyond the resident's id. */
public record HulpvraagKern(
        UUID id,
        String gemeente,
        UUID inwonerId,
        String team,
        String wijk,
        String wettelijkKader,
        List<String> leefgebieden,
        boolean afgesloten) {}
