package nl.vraagwijzer.shared.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter value that cannot be converted to its type in the contract.
 * The converter knows the value and the type; {@link ProblemMappers} finds the parameter's name.
 */
public class InvalidParameterException extends BadRequestException {

    private final String value;
    private final String expected;

    public InvalidParameterException(String value, String expected) {
        super("invalid parameter value");
        this.value = value;
        this.expected = expected;
    }

    public String value() {
        return value;
    }

    public String expected() {
        return expected;
    }
}
