package dev.workshops.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body; extension members (e.g. {@code violations}, {@code existing}) are flattened in. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field. */
    public record Violation(String field, String message) {
    }

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, Map.of());
    }

    /** No valid bearer token came with a request that needs one. */
    public static Problem unauthorized() {
        return of(401, "Unauthorized", "A valid bearer access token is required.");
    }

    /** The caller is known but lacks the role. */
    public static Problem forbidden() {
        return of(403, "Forbidden", "Your account does not have the role this needs.");
    }

    /** A failure of ours, with the id under which it is logged. */
    public static Problem internalError(String errorId) {
        return of(500, "Internal error", "Something went wrong on our side. Quote this id when you report it: " + errorId)
                .with("errorId", errorId);
    }

    /** The members RFC 9457 defines; an extension of the same name would make a client read the wrong one. */
    private static final java.util.Set<String> STANDARD_MEMBERS = java.util.Set.of("type", "title", "status", "detail", "instance");

    public Problem with(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("problem extension '" + name + "' would hide the standard member");
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, more);
    }

    public Problem withViolations(List<Violation> violations) {
        return with("violations", violations);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }
}
