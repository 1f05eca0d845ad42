package dev.workshops.support.problem;

import java.time.Duration;
import java.util.Optional;

/** Thrown by a service to answer with a problem; the status and words are the caller's to read. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad request", detail));
    }

    /** Bad input in one field: 400 with {@code violations: [{field, message}]}. */
    public static ProblemException invalid(String field, String message) {
        return invalid(java.util.List.of(new Problem.Violation(field, message)));
    }

    /** Bad input in several fields at once. */
    public static ProblemException invalid(java.util.List<Problem.Violation> violations) {
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return new ProblemException(Problem.of(400, "Invalid request", detail).withViolations(violations));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException gone(String detail) {
        return new ProblemException(Problem.of(410, "Gone", detail));
    }

    /** Adds an extension member, e.g. {@code existing} or {@code joinOpensAt}. */
    public ProblemException with(String name, Object value) {
        return new ProblemException(problem.with(name, value), retryAfter);
    }

    /**
     * Tells the client when asking again may succeed ({@code Retry-After}, whole seconds, at least one), e.g. a
     * refusal that a fact still on its way may lift. On a 4xx other than 429 the header is a hint only.
     */
    public ProblemException retryingAfter(Duration wait) {
        return new ProblemException(problem, wait);
    }

    public Problem problem() {
        return problem;
    }

    /** The {@code Retry-After} to answer with, if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
