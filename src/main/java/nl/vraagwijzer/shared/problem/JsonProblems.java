package nl.vraagwijzer.shared.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import nl.vraagwijzer.shared.invoer.OnbruikbareWaarde;

/** Describes why a request body could not be read, naming the JSON path of the offending value. */
final class JsonProblems {

    private JsonProblems() {}

    static String detail(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping)) {
            JsonLocation location = exception.getLocation();
            String where = location == null
                    ? ""
                    : " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
            return "De request body is geen geldige JSON" + where + ".";
        }
        String path = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return path + ": onbekend veld; toegestaan zijn "
                    + String.join(
                            ", ",
                            unknown.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .toList())
                    + ".";
        }
        if (mapping instanceof OnbruikbareWaarde onbruikbaar) {
            return path + ": " + onbruikbaar.reden() + ".";
        }
        if (mapping instanceof InvalidNullException) {
            return path + ": null is hier niet toegestaan; laat het element weg.";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return path + ": ongeldige waarde '" + invalid.getValue() + "', verwacht "
                    + Problems.expected(invalid.getTargetType()) + ".";
        }
        if (mapping instanceof ValueInstantiationException instantiation) {
            return path + ": ongeldige waarde, verwacht "
                    + Problems.expected(instantiation.getType().getRawClass()) + ".";
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            return path + ": verwacht " + Problems.expected(mismatch.getTargetType()) + ".";
        }
        return path + ": ongeldige waarde.";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "request body" : path.toString();
    }
}
