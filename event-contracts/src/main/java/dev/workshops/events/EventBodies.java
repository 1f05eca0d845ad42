package dev.workshops.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Arrays;

/**
 * How every consumer reads an event body. A field added after the message was written is absent and takes the
 * default its record documents (so an old snapshot on a compacted topic still reads); a required field missing
 * or a value outside a closed set (an enum) is a {@link ContractViolation} that names the field and the value.
 */
public final class EventBodies {

    private EventBodies() {
    }

    public static <T> T read(ObjectMapper json, Class<T> bodyType, String payload) throws IOException {
        try {
            return json.readerFor(bodyType)
                    .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .without(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                    .without(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                    // An absent flag or number is Java's default (false, 0), as each record documents.
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(payload);
        } catch (InvalidFormatException e) {
            if (e.getTargetType() != null && e.getTargetType().isEnum()) {
                throw new ContractViolation("unknown " + fieldOf(e) + " \"" + e.getValue() + "\" (known: "
                        + Arrays.toString(e.getTargetType().getEnumConstants()) + ")");
            }
            throw e;
        } catch (MismatchedInputException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Missing required creator property")) {
                throw new ContractViolation("missing required field " + e.getOriginalMessage()
                        .replaceFirst("Missing required creator property '([^']*)'.*", "$1"));
            }
            throw e;
        } catch (JsonMappingException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof ContractViolation violation) {
                    throw violation;
                }
            }
            throw e;
        }
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() == null) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "value" : path.toString();
    }
}
