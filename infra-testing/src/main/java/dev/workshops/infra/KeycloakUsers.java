package dev.workshops.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates many attendees in the realm through Keycloak's admin API (one partial import), for tests and load
 * tests. Passwords equal usernames. It also makes password hashing cheap in that realm (one PBKDF2 iteration):
 * fine for a test or bench realm, never for a real one.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 250;

    private KeycloakUsers() {
    }

    /** Creates {@code prefix-0 .. prefix-(count-1)} with role attendee; returns their usernames. */
    public static List<String> createAttendees(String issuer, String prefix, int count) {
        return create(issuer, prefix, count, "attendee");
    }

    /** Creates {@code prefix-0 .. prefix-(count-1)} with one realm role; the password is the username. */
    public static List<String> create(String issuer, String prefix, int count, String role) {
        return create(issuer, prefix, count, List.of(role), "bench.workshop.test");
    }

    /**
     * The same, each with the verified email {@code <username>@<emailDomain>} (tests where people's email domains
     * matter, as conflicts of interest do).
     */
    public static List<String> create(String issuer, String prefix, int count, String role, String emailDomain) {
        return create(issuer, prefix, count, List.of(role), emailDomain);
    }

    /** Creates {@code prefix-0 .. prefix-(count-1)} with these realm roles; the password is the username. */
    public static List<String> create(String issuer, String prefix, int count, List<String> roles) {
        return create(issuer, prefix, count, roles, "bench.workshop.test");
    }

    private static List<String> create(String issuer, String prefix, int count, List<String> roles, String emailDomain) {
        String base = issuer.substring(0, issuer.indexOf("/realms/"));
        String realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
        // The admin token lives a minute, as long as the token cache keeps one: never a cached one.
        String admin = Tokens.freshAccessToken(base + "/realms/master", "admin", "admin", "admin-cli");
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + realm))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"passwordPolicy\": \"hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"}")));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + "-" + i);
        }
        // Keycloak imports one request in one transaction that slows down with its size: small batches stay linear.
        for (int from = 0; from < count; from += BATCH) {
            // The admin token lives a minute: a fresh one per batch.
            admin = Tokens.freshAccessToken(base + "/realms/master", "admin", "admin", "admin-cli");
            importUsers(base, realm, admin, names.subList(from, Math.min(count, from + BATCH)), from, roles, emailDomain);
        }
        return names;
    }

    private static void importUsers(String base, String realm, String admin, List<String> names, int firstIndex, List<String> roles,
            String emailDomain) {
        ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
        ArrayNode users = partial.putArray("users");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ObjectNode user = users.addObject().put("username", name).put("enabled", true).put("emailVerified", true)
                    .put("email", name + "@" + emailDomain).put("firstName", "Attendee").put("lastName", String.valueOf(firstIndex + i));
            roles.forEach(user.putArray("realmRoles")::add);
            user.putArray("credentials").addObject().put("type", "password").put("value", name).put("temporary", false);
        }
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + realm + "/partialImport"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(partial.toString())));
    }

    private static void send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak admin API answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
