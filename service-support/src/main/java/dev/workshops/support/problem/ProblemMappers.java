package dev.workshops.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.workshops.support.database.BoundedPool;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into problem details (api.md): bad input is a 4xx that says what is
 * wrong, never a stack trace; an unexpected failure is a 500 with an id to find it in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response answer = answer(e.problem(), uri);
        return e.retryAfter().map(wait -> withRetryAfter(answer, wait)).orElse(answer);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return answer(Problem.of(400, "Invalid request", detail).withViolations(violations), uri);
    }

    /**
     * Validation that failed without a violation to name (a validator that threw on a value it was given): its
     * message is the validation library's, often naming our classes, so it goes to the log and not to the client.
     */
    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        LOG.warnf(e, "Request on %s could not be validated", uri.getPath());
        return answer(Problem.of(400, "Invalid request", "A value in the request could not be validated."), uri);
    }

    // Each concrete type is listed: Quarkus ships mappers for some of them, and the most specific type wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return answer(Problem.of(400, "Unreadable request body", bodyProblem(e)), uri);
        }
        String field = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = switch (e) {
            case InvalidFormatException format -> "must be " + simpleName(format.getTargetType());
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case MismatchedInputException mismatch -> "must be " + simpleName(mismatch.getTargetType());
            // Our own refusals (e.g. StrictJson's texts) say what is wrong in their message, without class names.
            default -> e.getCause() == null ? e.getOriginalMessage() : "has a value that cannot be read";
        };
        return answer(Problem.of(400, "Invalid request", field + " " + message)
                .withViolations(List.of(new Problem.Violation(field, message))), uri);
    }

    /** What is wrong with a body as a whole, in words that name no class of ours. */
    private static String bodyProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return "The body is not valid JSON: " + e.getOriginalMessage();
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "The body has more content after its JSON value.";
        }
        return "The body must be a JSON object with the documented fields.";
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"workshop\"")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.unauthorized().at(uri.getPath()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(Problem.forbidden(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // The JSON reader wraps some of its failures (duplicate keys, our own text rules) in a plain 400.
            return unreadable(unreadable, uri);
        }
        if (e.getCause() instanceof ProblemException refused) {
            // A parameter converter's refusal (input.StrictBooleans), which JAX-RS wraps in a 404.
            return problem(refused, uri);
        }
        String unreadableQuery = unreadableQueryParameter(e, uri);
        if (unreadableQuery != null) {
            return answer(ProblemException.invalid(unreadableQuery, "must be a whole number").problem(), uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            // The framework's own message may name a class or a parameter type: the status says enough.
            default -> status.getReasonPhrase() + ".";
        };
        Response.ResponseBuilder builder = Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail).at(uri.getPath()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    /**
     * The query parameter whose value the framework could not convert to a number, if that is why it answers 404
     * (JAX-RS makes an unconvertible query parameter a 404; for {@code ?page=abc} a client needs a 400 naming it).
     */
    private static String unreadableQueryParameter(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getStatus() != 404 || !(e.getCause() instanceof NumberFormatException)) {
            return null;
        }
        for (var parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (String.valueOf(e.getCause().getMessage()).contains("\"" + value + "\"")) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    /** Two requests raced to create the same thing; the database's unique constraint kept one. */
    @ServerExceptionMapper
    public Response raced(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return answer(Problem.of(409, "Conflict",
                "Another request changed the same data at the same moment; reload and try again."), uri);
    }

    private static final Set<String> CONCURRENCY_FAILURES = Set.of("40P01", "40001");

    /** How long a client is asked to wait before it tries again when the service is saturated. */
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(2);

    /** {@code Retry-After} in whole seconds, rounded up and at least one: the header has no finer unit. */
    static String retryAfterSeconds(Duration wait) {
        return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private static Response withRetryAfter(Response answer, Duration wait) {
        return Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(wait)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseAway(e)) {
            LOG.infof("Request on %s refused: the database went away mid-request (%s)", uri.getPath(), e.getMessage());
            return withRetryAfter(answer(Problem.of(503, "Service Unavailable",
                    "The service lost its database for a moment; try again in a few seconds."), uri), BUSY_RETRY_AFTER);
        }
        if (BoundedPool.isExhausted(e)) {
            LOG.infof("Request on %s refused: no database connection free in time (%s)", uri.getPath(), e.getMessage());
            return withRetryAfter(answer(Problem.of(503, "Service Unavailable",
                    "The service is busy; try again in a few seconds."), uri), BUSY_RETRY_AFTER);
        }
        if (isOutOfStorableRange(e)) {
            return answer(Problem.of(400, "Invalid request",
                    "A value is outside what can be stored (a date too far in the past or future, or a number too large)."), uri);
        }
        if (isConcurrencyFailure(e)) {
            LOG.infof("Request on %s gave way to a simultaneous change: %s", uri.getPath(), e.getMessage());
            return answer(Problem.of(409, "Conflict",
                    "Another request changed the same data at the same moment; try again."), uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri.getPath());
        return answer(Problem.internalError(errorId), uri);
    }

    /**
     * PostgreSQL broke a deadlock or a serialization conflict by failing this transaction (SQLSTATE 40P01,
     * 40001): nothing was written, and trying again is the answer.
     */
    static boolean isConcurrencyFailure(Throwable e) {
        return hasSqlState(e, CONCURRENCY_FAILURES);
    }

    /** SQLSTATE class 57P: the server is shutting down, crashed or is not accepting connections yet. */
    private static final Set<String> DATABASE_AWAY = Set.of("57P01", "57P02", "57P03");

    /**
     * The database restarted or the connection broke under the request (seen when PostgreSQL restarts during a
     * rush): nothing of the request was committed, and asking again once the service has reconnected succeeds.
     */
    static boolean isDatabaseAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClosedConnectionException || isCommandOnAClosedConnection(cause)) {
                return true;
            }
        }
        return hasSqlState(e, DATABASE_AWAY);
    }

    /**
     * The reactive client refusing a command for a connection that closed under it, before sending it (seen once in
     * a rush while PostgreSQL restarted): it has no exception type of its own, only this message.
     */
    private static boolean isCommandOnAClosedConnection(Throwable cause) {
        return cause instanceof NoStackTraceThrowable && cause.getMessage() != null
                && cause.getMessage().startsWith(CLOSED_CONNECTION_REFUSAL);
    }

    private static final String CLOSED_CONNECTION_REFUSAL = "Connection is not active now";

    /** SQLSTATE 22008 (date/time out of range) and 22003 (number out of range): the input, not the service, is wrong. */
    private static final Set<String> OUT_OF_RANGE = Set.of("22008", "22003");

    static boolean isOutOfStorableRange(Throwable e) {
        return hasSqlState(e, OUT_OF_RANGE);
    }

    private static boolean hasSqlState(Throwable e, Set<String> states) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Hibernate Reactive turns the client's error into a JDBCException; the reactive client itself does not.
            String sqlState = switch (cause) {
                case org.hibernate.JDBCException jdbc -> jdbc.getSQLState();
                case SQLException sql -> sql.getSQLState();
                case DatabaseException database -> database.getSqlState();
                default -> null;
            };
            if (sqlState != null && states.contains(sqlState)) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.instance() == null ? problem.at(uri.getPath()) : problem)
                .build();
    }

    /** The body field a violation is about: {@code register.body.mode} becomes {@code mode}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                continue;
            }
            // A node inside a list carries the index of its element: authors[1].email, keywords[0].
            String index = node.isInIterable() && node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            if (!index.isEmpty() && !names.isEmpty()) {
                names.set(names.size() - 1, names.getLast() + index);
                index = "";
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            names.add((node.getName() == null ? "" : node.getName()) + index);
        }
        if (names.size() > 1) {
            names.removeFirst();
        }
        return String.join(".", names);
    }

    /** A value's expected shape, as a client reads it: never the name of one of our classes. */
    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "an ISO-8601 date-time with offset, e.g. 2026-12-07T09:00:00+01:00";
            case "Duration" -> "an ISO-8601 duration, e.g. PT30M";
            case "UUID" -> "a UUID";
            case "String" -> "a string";
            case "Short", "short" -> "a whole number";
            case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
            case "ZoneId" -> "an IANA time zone, e.g. Europe/Paris";
            case "List", "Set", "Collection" -> "a list";
            default -> type.isArray() ? "a list" : "an object with the documented fields";
        };
    }
}
