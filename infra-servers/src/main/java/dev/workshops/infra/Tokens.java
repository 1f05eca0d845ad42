package dev.workshops.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the real Keycloak through the public {@code workshop-cli} client (password grant).
 * Tokens are cached per issuer and user for a minute: well inside their lifetime, and tests stay fast.
 */
public final class Tokens {

    public static final String CLI_CLIENT = "workshop-cli";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAtNanos) {
    }

    private Tokens() {
    }

    /** For the dev users of the realm, whose password is their username. */
    public static String accessToken(String issuer, String username) {
        return accessToken(issuer, username, username);
    }

    public static String accessToken(String issuer, String username, String password) {
        return accessToken(issuer, username, password, CLI_CLIENT);
    }

    public static String accessToken(String issuer, String username, String password, String clientId) {
        String key = issuer + "\n" + username + "\n" + password + "\n" + clientId;
        Cached cached = CACHE.get(key);
        if (cached != null && System.nanoTime() - cached.fetchedAtNanos() < Duration.ofMinutes(1).toNanos()) {
            return cached.token();
        }
        String token = fetch(issuer, username, password, clientId);
        CACHE.put(key, new Cached(token, System.nanoTime()));
        return token;
    }

    /** A new token, never one from the cache. */
    public static String freshAccessToken(String issuer, String username, String password, String clientId) {
        return fetch(issuer, username, password, clientId);
    }

    /** The user id ({@code sub}) a token was issued for, read from its payload (the signature is not checked). */
    public static String subjectOf(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1])).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fetch(String issuer, String username, String password, String clientId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "password");
        fields.put("client_id", clientId);
        fields.put("username", username);
        fields.put("password", password);
        fields.put("scope", "openid");
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
