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
 * Creates users in a realm through Keycloak's admin API (partial imports; a username already there is left as it
 * is). Passwords equal usernames. The numbered creators, for tests and load tests, also make password hashing cheap
 * in that realm (one PBKDF2 iteration): fine for a test or bench realm, never for a real one; {@link #createPeople}
 * (the local stack's demo) leaves the realm's hashing as it is.
 */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 250;

    /** A person to create; the password is the username. */
    public record Person(String username, String firstName, String lastName, String email, List<String> roles) {
    }

    private KeycloakUsers() {
    }

    /** Creates these people, keeping the realm's password hashing. */
    public static void createPeople(String issuer, List<Person> people) {
        for (int from = 0; from < people.size(); from += BATCH) {
            importUsers(issuer, people.subList(from, Math.min(people.size(), from + BATCH)));
        }
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
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i;
            names.add(name);
            people.add(new Person(name, "Attendee", String.valueOf(i), name + "@" + emailDomain, roles));
        }
        createPeople(issuer, people);
        return names;
    }

    // Keycloak imports one request in one transaction that slows down with its size: callers keep batches small.
    private static void importUsers(String issuer, List<Person> people) {
        String base = issuer.substring(0, issuer.indexOf("/realms/"));
        String realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
        // The admin token lives a minute: a fresh one per batch.
        String admin = Tokens.freshAccessToken(base + "/realms/master", "admin", "admin", "admin-cli");
        ObjectNode partial = JSON.createObjectNode().put("ifResourceExists", "SKIP");
        ArrayNode users = partial.putArray("users");
        for (Person person : people) {
            ObjectNode user = users.addObject().put("username", person.username()).put("enabled", true).put("emailVerified", true)
                    .put("email", person.email()).put("firstName", person.firstName()).put("lastName", person.lastName());
            person.roles().forEach(user.putArray("realmRoles")::add);
            user.putArray("credentials").addObject().put("type", "password").put("value", person.username()).put("temporary", false);
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
