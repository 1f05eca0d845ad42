package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.infra.hostile.OpenApiOperations;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal's copies of the services' answers against each service's OpenAPI document (written at its build): every
 * field of a portal record must be a property of the schema of the answer it is read from, of a matching kind, so a
 * field a service renames or removes fails the build here instead of arriving in the portal as null (the portal
 * ignores properties it does not know, so a field it lacks is fine). The table says which answer each record is read
 * from; nested records follow the schema's properties.
 */
class PortalShapesTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORTAL = "dev.workshops.portal.";
    /** A call of ServiceCalls that reads an answer as a type: {@code services.get(Service.X, path, Type.class)} and its kin. */
    private static final Pattern SERVICE_CALL = Pattern.compile(
            "services\\.(?:get|getAsVisitor|find|post|put|delete|putFile)\\(\\s*Service\\.[A-Z_]+\\s*,[^;]*?([A-Z][A-Za-z0-9_.]*(?:\\[])?)\\.class\\s*\\)",
            Pattern.DOTALL);
    /** What the portal reads without looking inside. */
    private static final Set<String> NOT_RECORDS = Set.of("Void", "Object", "String");

    /** A portal record and the answer it is read from: a service's operation and status. */
    private record Read(String record, String service, String method, String path, int status) {
    }

    private static final List<Read> READS = List.of(
            new Read("services.Workshop", "schedule-service", "get", "/api/workshops/{id}", 200),
            new Read("workshops.WorkshopsPage", "schedule-service", "get", "/api/workshops", 200),
            new Read("workshops.Schedule", "schedule-service", "get", "/api/workshops/{id}/schedule", 200),
            new Read("workshops.Agenda", "schedule-service", "get", "/api/workshops/{id}/agenda/me", 200),
            new Read("workshops.Changes", "schedule-service", "get", "/api/workshops/{id}/schedule/changes", 200),
            new Read("workshops.Site", "schedule-service", "get", "/api/workshops/{id}/site", 200),
            new Read("console.workshop.SiteContent", "schedule-service", "get", "/api/workshops/{id}/site", 200),
            new Read("workshops.Program$Draft", "schedule-service", "get", "/api/workshops/{id}/draft", 200),
            new Read("console.schedule.ReleasePreview", "schedule-service", "get", "/api/workshops/{id}/schedule/draft/changes", 200),
            new Read("console.schedule.ReleasePreview$Released", "schedule-service", "post", "/api/workshops/{id}/schedule/releases", 201),
            new Read("workshops.Program$Presenters", "schedule-service", "get", "/api/workshops/{id}/program/presenters", 200),
            new Read("mentoring.Slot", "schedule-service", "get", "/api/workshops/{id}/mentoring/slots", 200),
            new Read("mentoring.Booking", "schedule-service", "get", "/api/workshops/{id}/mentoring/bookings/me", 200),
            new Read("console.mentoring.MentorSlot", "schedule-service", "get", "/api/workshops/{id}/mentoring/slots/mine", 200),
            new Read("registration.Registration", "registration-service", "get", "/api/workshops/{id}/registrations/me", 200),
            new Read("workshops.RegistrationPolicy", "registration-service", "get", "/api/workshops/{id}/registration-policy", 200),
            new Read("checkin.CheckInPages$CheckIn", "registration-service", "post", "/api/workshops/{id}/check-ins", 200),
            new Read("console.policy.Policy", "registration-service", "put", "/api/workshops/{id}/registration-policy", 200),
            new Read("console.roster.RosterPage", "registration-service", "get", "/api/workshops/{id}/registrations", 200),
            new Read("console.roster.Counts", "registration-service", "get", "/api/workshops/{id}/registrations/stats", 200),
            new Read("notifications.Feed", "notification-service", "get", "/api/notifications/me", 200),
            new Read("notifications.Preferences", "notification-service", "get", "/api/notifications/me/preferences", 200),
            new Read("console.announcements.AnnouncementPages$Reach", "notification-service", "get",
                    "/api/workshops/{id}/announcements/audience", 200),
            new Read("console.announcements.AnnouncementPages$Accepted", "notification-service", "post",
                    "/api/workshops/{id}/announcements", 202),
            new Read("console.deliveries.DeliveryLog", "notification-service", "get", "/api/notifications/deliveries", 200),
            new Read("streams.StreamListing", "streaming-service", "get", "/api/workshops/{id}/streams", 200),
            new Read("streams.StreamPages$Join", "streaming-service", "post", "/api/sessions/{sessionId}/stream/join", 200),
            new Read("submissions.Call", "submissions-service", "get", "/api/workshops/{id}/call", 200),
            new Read("submissions.Submission", "submissions-service", "get", "/api/submissions/{sid}", 200),
            new Read("submissions.Submission$Page", "submissions-service", "get", "/api/workshops/{id}/submissions/mine", 200),
            new Read("submissions.CameraReady", "submissions-service", "get", "/api/submissions/{sid}/camera-ready", 200),
            new Read("submissions.Submission$Pdf", "submissions-service", "put", "/api/submissions/{sid}/pdf", 200),
            new Read("submissions.CommitteeMember", "submissions-service", "get", "/api/workshops/{id}/committee", 200),
            new Read("submissions.AcceptedPapers", "submissions-service", "get", "/api/workshops/{id}/papers", 200));

    private final Map<String, OpenApiOperations> documents = new HashMap<>();

    @Test
    void everyFieldThePortalReadsIsInTheAnswerItIsReadFrom() throws Exception {
        List<String> mismatches = new ArrayList<>();
        try (URLClassLoader portal = portalClasses()) {
            for (Read read : READS) {
                OpenApiOperations document = document(read.service());
                JsonNode schema = document.answer(read.method(), read.path(), read.status());
                assertFalse(schema.isMissingNode(), read + ": the service's OpenAPI document has no such JSON answer");
                if ("array".equals(kindOf(document, schema))) {
                    schema = document.resolve(schema.path("items"));
                }
                Class<?> type = portal.loadClass(PORTAL + read.record());
                compare(document, type, schema, read.service() + " " + read.method().toUpperCase(Locale.ROOT) + " " + read.path()
                        + " → " + type.getSimpleName(), mismatches, new ArrayList<>());
            }
        }
        assertEquals(List.of(), mismatches, "portal records that do not match the services' answers");
    }

    /** A record the portal reads from a service but the table leaves out would go unchecked: the table must name it. */
    @Test
    void theTableNamesEveryTypeThePortalReadsFromAService() throws IOException {
        Set<String> listed = new TreeSet<>();
        READS.forEach(read -> listed.add(simpleName(read.record())));
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("web-portal/src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher call = SERVICE_CALL.matcher(Files.readString(source));
                while (call.find()) {
                    read.add(simpleName(call.group(1)));
                }
            }
        }
        read.removeAll(NOT_RECORDS);
        assertFalse(read.isEmpty(), "the scan of the portal's calls found none: " + SERVICE_CALL);
        read.removeAll(listed);
        assertEquals(Set.of(), read, "types the portal reads from a service that PortalShapesTest's table does not check");
    }

    @Test
    void aRenamedFieldIsFound() {
        OpenApiOperations document = OpenApiOperations.of(JSON.createObjectNode());
        JsonNode schema = JSON.valueToTree(Map.of("type", "object", "properties", Map.of("name", Map.of("type", "string"),
                "count", Map.of("type", "string"))));
        List<String> mismatches = new ArrayList<>();
        compare(document, Probe.class, schema, "probe", mismatches, new ArrayList<>());
        assertEquals(List.of("probe: title is not in the answer (its properties: count, name)",
                "probe: count is a number in the portal but a string in the answer"), mismatches);
    }

    /** What {@link #aRenamedFieldIsFound} compares with an answer that renamed {@code title} and made {@code count} text. */
    private record Probe(String title, int count) {
    }

    private static void compare(OpenApiOperations document, Class<?> type, JsonNode schema, String where, List<String> mismatches,
            List<Class<?>> seen) {
        if (!type.isRecord() || seen.contains(type)) {
            return;
        }
        seen.add(type);
        JsonNode properties = schema.path("properties");
        for (RecordComponent component : type.getRecordComponents()) {
            String name = jsonName(component);
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                List<String> names = new ArrayList<>();
                properties.fieldNames().forEachRemaining(names::add);
                names.sort(null);
                mismatches.add(where + ": " + name + " is not in the answer (its properties: " + String.join(", ", names) + ")");
                continue;
            }
            JsonNode resolved = document.resolve(property);
            String expected = kindOf(component.getType());
            String actual = kindOf(document, resolved);
            if (expected != null && actual != null && !expected.equals(actual)) {
                mismatches.add(where + ": " + name + " is " + article(expected) + " in the portal but " + article(actual) + " in the answer");
                continue;
            }
            Class<?> element = elementOf(component);
            if (element != null && "array".equals(actual)) {
                compare(document, element, document.resolve(resolved.path("items")), where + "." + name + "[]", mismatches, seen);
            } else {
                compare(document, component.getType(), resolved, where + "." + name, mismatches, seen);
            }
        }
        seen.remove(type);
    }

    /**
     * The component's name in JSON. {@code @JsonProperty} has no record-component target, so Java puts it on the
     * accessor (and field and parameter), where {@link RecordComponent#getAnnotation} does not look.
     */
    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    /** The kind of JSON value a Java type is read from; null when any will do. */
    private static String kindOf(Class<?> type) {
        if (type == String.class || type == UUID.class || type == Instant.class || type == OffsetDateTime.class
                || type == LocalDate.class || type == LocalTime.class || type == Duration.class || type.isEnum()) {
            return "string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type.isArray() || List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return null;
    }

    /** The kind of JSON value a schema describes; integer counts as a number, and a nullable type is its non-null one. */
    private static String kindOf(OpenApiOperations document, JsonNode schema) {
        JsonNode type = document.resolve(schema).path("type");
        String kind = null;
        if (type.isTextual()) {
            kind = type.asText();
        } else if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    kind = each.asText();
                }
            }
        }
        if (kind == null && document.resolve(schema).has("properties")) {
            kind = "object";
        }
        return "integer".equals(kind) ? "number" : kind;
    }

    private static Class<?> elementOf(RecordComponent component) {
        if (component.getType().isArray()) {
            return component.getType().getComponentType();
        }
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static String article(String kind) {
        return ("array".equals(kind) || "object".equals(kind) ? "an " : "a ") + kind;
    }

    private OpenApiOperations document(String service) {
        return documents.computeIfAbsent(service, name -> {
            Path file = ROOT.resolve(name).resolve("target/openapi/openapi.json");
            assertTrue(Files.isRegularFile(file), file + " is missing: build with -am so that " + name + " is built first");
            return OpenApiOperations.of(file);
        });
    }

    /** {@code Program$Draft}, {@code Program.Draft} or {@code Draft[]}: {@code Draft}. */
    private static String simpleName(String type) {
        String name = type.replace("[]", "");
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    private static URLClassLoader portalClasses() throws MalformedURLException {
        Path classes = ROOT.resolve("web-portal/target/classes");
        assertTrue(Files.isDirectory(classes), classes + " is missing: build with -am so that web-portal is built first");
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, PortalShapesTest.class.getClassLoader());
    }
}
