package dev.workshops.portal.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services as a page test needs them: one local HTTP server answering what a test told it for a method and a
 * path with its query, and recording what the portal asked (the method, the path with its query, the body).
 */
public final class ServiceStubs {

    /** An answer for one request. */
    public record Answer(int status, String type, String body) {

        public static Answer json(String body) {
            return new Answer(200, "application/json", body);
        }

        public static Answer problem(int status, String detail) {
            return new Answer(status, "application/problem+json", "{\"status\":" + status + ",\"title\":\"Refused\",\"detail\":\"" + detail + "\"}");
        }
    }

    /** A request as it arrived. */
    public record Asked(String method, String target, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    private ServiceStubs(HttpServer server) {
        this.server = server;
    }

    /**
     * A port for the stubs, chosen once per JVM and kept in a system property: a Quarkus test's profile and the test
     * itself are loaded by different class loaders, so they share only what the JDK holds.
     */
    public static int port() {
        return Integer.parseInt((String) System.getProperties().computeIfAbsent("portal.test.service-stubs.port", key -> {
            try (ServerSocket free = new ServerSocket(0)) {
                return Integer.toString(free.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    public static String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The stubs on {@link #port()}. */
    public static ServiceStubs start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port()), 0);
            ServiceStubs stubs = new ServiceStubs(server);
            server.createContext("/", stubs::handle);
            server.start();
            return stubs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code method target} (the path and its query exactly as sent) with {@code answer} from now on. */
    public void answer(String method, String target, Answer answer) {
        answers.put(method + " " + target, answer);
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    public void reset() {
        answers.clear();
        asked.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        asked.add(new Asked(exchange.getRequestMethod(), target, body));
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + target,
                Answer.problem(404, "No stub for " + exchange.getRequestMethod() + " " + target));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.type());
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
