package dev.workshops.portal.services;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Calls a service's public API with the signed-in person's access token, server side: the token stays in the
 * portal's encrypted session cookie and never reaches the browser's JavaScript. Any answer other than 2xx becomes
 * a {@link ServiceProblem} carrying the service's own sentence.
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ServicesConfig config;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    public ServiceCalls(ServicesConfig config, ObjectMapper json, SecurityIdentity identity) {
        this.config = config;
        this.json = json;
        this.identity = identity;
    }

    public <T> T get(Service service, String path, Class<T> type) {
        return read(send(service, builder(service, path).GET()), type);
    }

    /**
     * A public answer as a visitor reads it, without the person's token: public parts of a workshop's site show the
     * same to everyone, also to an organizer who would be answered more (the committee's invitations, say).
     */
    public <T> T getAsVisitor(Service service, String path, Class<T> type) {
        return read(send(service, builder(service, path, false).GET()), type);
    }

    /** Empty when the service answers 404 (e.g. "no registration yet"). */
    public <T> Optional<T> find(Service service, String path, Class<T> type) {
        try {
            return Optional.of(get(service, path, type));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    public <T> T post(Service service, String path, Object body, Class<T> type) {
        return read(send(service, builder(service, path).POST(bodyOf(body))), type);
    }

    public <T> T put(Service service, String path, Object body, Class<T> type) {
        return read(send(service, builder(service, path).PUT(bodyOf(body))), type);
    }

    public <T> T delete(Service service, String path, Class<T> type) {
        return read(send(service, builder(service, path).DELETE()), type);
    }

    /**
     * The workshop every workshop page is drawn around. Every page asks here, so this is the one place to change
     * how pages behave while schedule-service cannot answer.
     */
    public Workshop workshop(String id) {
        return get(Service.SCHEDULE, "/api/workshops/" + enc(id), Workshop.class);
    }

    /** A value as one segment or query value of a service's (or the portal's own) path. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Bytes and their media type, for images the browser loads through the portal (the QR ticket). */
    public HttpResponse<byte[]> bytes(Service service, String path) {
        HttpRequest request = builder(service, path).GET().header("Accept", "image/png, application/problem+json").build();
        return exchange(service, request, HttpResponse.BodyHandlers.ofByteArray(), String::new);
    }

    /**
     * A file on disk as the body of a PUT (a paper's PDF), streamed from the disk with its length declared: the
     * portal never holds it in memory. Uploads may take longer than a page's calls ({@code upload-timeout}).
     */
    public <T> T putFile(Service service, String path, Path file, String mediaType, Class<T> type) {
        try {
            return read(send(service, builder(service, path).timeout(config.uploadTimeout()).setHeader("Content-Type", mediaType)
                    .PUT(HttpRequest.BodyPublishers.ofFile(file))), type);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download passed on as it arrives (a paper's PDF): never held whole in memory. The caller closes the body. */
    public HttpResponse<InputStream> stream(Service service, String path, String mediaType) {
        HttpRequest request = builder(service, path).timeout(config.uploadTimeout()).setHeader("Accept", mediaType + ", application/problem+json")
                .GET().build();
        return exchange(service, request, HttpResponse.BodyHandlers.ofInputStream(), body -> {
            try (body) {
                // A problem is small: read no more of a body than one could be.
                return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
        });
    }

    /**
     * A service's Server-Sent Events, each event's {@code data} as it came, for as long as both ends stay. The
     * request (with the person's token) is made now, on the request's thread; the stream is read on a virtual
     * thread and closed when the subscriber goes away.
     */
    public Multi<String> events(Service service, String path) {
        HttpRequest request = builder(service, path).setHeader("Accept", "text/event-stream").GET().build();
        return Multi.createFrom().emitter(emitter -> http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        if (response != null) {
                            response.body().close();
                        }
                        emitter.complete();
                        return;
                    }
                    Stream<String> lines = response.body();
                    emitter.onTermination(lines::close);
                    Thread.ofVirtual().name("events-" + service.words).start(() -> {
                        try {
                            lines.filter(line -> line.startsWith("data:")).map(line -> line.substring(5).strip()).forEach(emitter::emit);
                        } catch (RuntimeException closed) {
                            // the browser left, or the service closed the stream
                        }
                        emitter.complete();
                    });
                }));
    }

    private HttpRequest.Builder builder(Service service, String path) {
        return builder(service, path, true);
    }

    private HttpRequest.Builder builder(Service service, String path, boolean asThePerson) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.baseUrl(config) + path))
                .timeout(config.timeout())
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json");
        AccessTokenCredential token = asThePerson ? identity.getCredential(AccessTokenCredential.class) : null;
        if (token != null) {
            builder.header("Authorization", "Bearer " + token.getToken());
        }
        return builder;
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Answer send(Service service, HttpRequest.Builder builder) {
        return new Answer(exchange(service, builder.build(), HttpResponse.BodyHandlers.ofString(), body -> body).body());
    }

    /** How an answer that is not 2xx is read for its problem. */
    private interface ProblemText<B> {
        String of(B body) throws IOException;
    }

    /** Sends {@code request}; any answer but 2xx becomes the service's problem, no answer its "cannot be reached". */
    private <B> HttpResponse<B> exchange(Service service, HttpRequest request, HttpResponse.BodyHandler<B> handler, ProblemText<B> problem) {
        try {
            HttpResponse<B> response = http.send(request, handler);
            if (response.statusCode() / 100 != 2) {
                throw problemOf(service, response.statusCode(), problem.of(response.body()));
            }
            return response;
        } catch (IOException e) {
            throw unreachable(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(service, e);
        }
    }

    private record Answer(String body) {
    }

    private <T> T read(Answer answer, Class<T> type) {
        if (type == Void.class || answer.body() == null || answer.body().isBlank()) {
            return null;
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable answer (%s): %s", type.getSimpleName(), e.getOriginalMessage());
            throw new ServiceProblem(502, "The platform gave an answer this page cannot read. Please try again later.");
        }
    }

    /** The problem's own sentence: {@code detail}, else {@code title}; never the raw body. */
    ServiceProblem problemOf(Service service, int status, String body) {
        String sentence = null;
        Map<String, String> members = new LinkedHashMap<>();
        try {
            JsonNode problem = json.readTree(body == null ? "" : body);
            if (problem != null && problem.isObject()) {
                sentence = text(problem, "detail");
                if (sentence == null) {
                    sentence = text(problem, "title");
                }
                problem.properties().forEach(member -> {
                    if (member.getValue().isValueNode()) {
                        members.put(member.getKey(), member.getValue().asText());
                    }
                });
            }
        } catch (JsonProcessingException notJson) {
            // fall through to the generic sentence
        }
        if (sentence == null) {
            sentence = switch (status) {
                case 401 -> "Your sign-in has expired. Please sign in again.";
                case 403 -> "You are not allowed to do this.";
                case 404 -> "This was not found.";
                default -> "The " + service.words + " service could not do this just now (HTTP " + status + ").";
            };
        }
        return new ServiceProblem(status, sentence, members);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private ServiceProblem unreachable(Service service, Exception cause) {
        LOG.warnf("%s service unreachable: %s", service.words, cause.toString());
        return new ServiceProblem(503, "The " + service.words + " service cannot be reached just now. Please try again in a moment.");
    }
}
