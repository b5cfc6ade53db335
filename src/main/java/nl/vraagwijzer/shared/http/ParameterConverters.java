package nl.vraagwijzer.shared.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import nl.vraagwijzer.shared.invoer.Invoerregels;
import nl.vraagwijzer.shared.problem.InvalidParameterException;
import nl.vraagwijzer.shared.problem.Problems;

/**
 * Converts path, query and header parameters so that a value of the wrong type is a 400 that
 * names the parameter and the expected type. JAX-RS would answer such a value with a bare 404.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(Problems.expected(rawType), UUID::fromString);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(Problems.expected(rawType), Integer::valueOf);
        }
        if (rawType == Boolean.class) {
            // JAX-RS would read anything but "true" as false
            return (ParamConverter<T>) converter(Problems.expected(rawType), ParameterConverters::strictBoolean);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>)
                    converter(Problems.expected(rawType), value -> inBereik(OffsetDateTime.parse(value)));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(Problems.expected(rawType), value -> inBereik(LocalDate.parse(value)));
        }
        if (rawType.isEnum()) {
            T[] constants = rawType.getEnumConstants();
            return converter(Problems.expected(rawType), value -> Arrays.stream(constants)
                    .filter(constant -> constant.toString().equals(value))
                    .findFirst()
                    .orElseThrow(IllegalArgumentException::new));
        }
        return null;
    }

    /** A date the database cannot compare is as invalid as one that does not parse. */
    private static <T extends TemporalAccessor> T inBereik(T waarde) {
        if (!Invoerregels.inBereik(waarde)) {
            throw new IllegalArgumentException("out of range");
        }
        return waarde;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> ParamConverter<T> converter(String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(value, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
