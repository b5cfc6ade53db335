package nl.vraagwijzer.shared.invoer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value that is well-formed but breaks {@link Invoerregels}; {@code reden} says how. */
public class OnbruikbareWaarde extends MismatchedInputException {

    private final String reden;

    OnbruikbareWaarde(JsonParser parser, String reden, Class<?> type) {
        super(parser, reden, type);
        this.reden = reden;
    }

    public String reden() {
        return reden;
    }
}
