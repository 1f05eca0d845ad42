package dev.workshops.portal.services;

/**
 * A service said no (an RFC 9457 problem) or could not be reached; {@link #sentence()} is what a person reads:
 * the problem's {@code detail}, else its {@code title}, never the raw body.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;

    public ServiceProblem(int status, String sentence) {
        super(sentence);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String sentence() {
        return getMessage();
    }
}
