package dev.workshops.events;

/**
 * A body that breaks its contract: a field every version of it carries is missing. Thrown while a body is read,
 * so the consumer dead-letters the message with this reason instead of applying half a fact.
 */
public class ContractViolation extends IllegalArgumentException {

    public ContractViolation(String message) {
        super(message);
    }

    /** {@code value}, which the body's first version already carried and so every message has. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ContractViolation("missing required field " + field);
        }
        return value;
    }
}
