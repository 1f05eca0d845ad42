package dev.workshops.portal.services;

import java.util.Map;
import java.util.Optional;

/**
 * A service said no (an RFC 9457 problem) or could not be reached; {@link #sentence()} is what a person reads:
 * the problem's {@code detail}, else its {@code title}, never the raw body.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> members;

    public ServiceProblem(int status, String sentence) {
        this(status, sentence, Map.of());
    }

    public ServiceProblem(int status, String sentence, Map<String, String> members) {
        super(sentence);
        this.status = status;
        this.members = Map.copyOf(members);
    }

    /** A plain member of the problem, e.g. {@code checkedInAt} beside a 409 of a second check-in. */
    public Optional<String> member(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public int status() {
        return status;
    }

    public String sentence() {
        return getMessage();
    }
}
