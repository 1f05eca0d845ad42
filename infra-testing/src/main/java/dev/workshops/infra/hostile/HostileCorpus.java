package dev.workshops.infra.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.infra.hostile.OpenApiOperations.Operation;
import dev.workshops.infra.hostile.OpenApiOperations.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The bad requests sent to one operation, each bad in one way and otherwise plain: its path parameters filled with
 * ids that exist nowhere, no optional query parameter, and a body that is not what the operation takes. So none of
 * them may be carried out: each must be refused with a 4xx problem. Some are only {@linkplain Expect#TOLERATED
 * tolerated} (no 5xx, a problem if refused): an unknown body field (contracts grow by addition, so a field a service
 * does not know is ignored), a malformed bearer token (an operation anyone may call needs none), an odd id where the
 * parameter's schema does not say what an id looks like (looking it up finds nothing), and {@code ..} in the path
 * (normalized, it names another operation).
 */
final class HostileCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a request must get. */
    enum Expect {
        /** A 4xx problem. */
        REFUSED,
        /** No 5xx; a problem if it is refused. */
        TOLERATED
    }

    /** One request: {@code target} is the path and query as sent (already percent-encoded where it should be). */
    record HostileCase(Operation operation, String what, String method, String target, String contentType, String body,
            String authorization, String accept, Expect expect) {

        @Override
        public String toString() {
            return operation + " with " + what + " (" + method + " " + abbreviated(target) + ")";
        }
    }

    /** An id that exists nowhere, in each shape ids have: a slug and a UUID. */
    private static final String NO_SLUG = "hostile-probe";
    private static final String NO_UUID = UUID.nameUUIDFromBytes("hostile-probe".getBytes()).toString();

    /** Path values no path parameter takes: refused by the platform's input layer whatever the parameter. */
    private static final Map<String, String> UNREADABLE_PATH_VALUES = orderedMap(
            "a NUL byte", "a%00b",
            "broken percent-encoding", "%zz",
            "an overlong UTF-8 encoding", "%C0%AF");

    /**
     * Path values that are no id: refused where the parameter's schema says what an id looks like (a UUID, a
     * pattern, a length), tolerated where it does not (a search for an id no one has finds nothing).
     */
    private static final Map<String, String> ODD_PATH_VALUES = orderedMap(
            "a non-UUID", "not-a-uuid",
            "an overlong id", "x".repeat(300),
            "an encoded parent reference", "..%2F..%2Fetc%2Fpasswd",
            "an encoded dot-dot-slash", "%2e%2e%2f",
            "a negative number", "-1",
            "SQL", "1'%20OR%20'1'='1");

    private static final Set<String> PAGING = Set.of("page", "size");

    private final OpenApiOperations document;
    private final String token;

    /** {@code token} is a bearer token of a user with every role, so that no request is refused for its caller alone. */
    HostileCorpus(OpenApiOperations document, String token) {
        this.document = document;
        this.token = "Bearer " + token;
    }

    List<HostileCase> casesFor(Operation operation) {
        List<HostileCase> cases = new ArrayList<>();
        String plainTarget = target(operation, null, null);
        String plainBody = operation.takesJson() ? "{}" : null;
        String plainType = operation.takesJson() ? "application/json" : firstType(operation);

        cases.add(new HostileCase(operation, "a malformed Accept header", operation.method(), plainTarget, plainType, plainBody,
                token, ";;;", Expect.REFUSED));
        cases.add(new HostileCase(operation, "a bearer token made of dots", operation.method(), plainTarget, plainType, plainBody,
                HostileInputs.MALFORMED_TOKEN, "*/*", Expect.TOLERATED));

        for (Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                UNREADABLE_PATH_VALUES.forEach((what, value) -> cases.add(refused(operation, what + " as " + parameter.name(),
                        target(operation, parameter, value), plainType, plainBody)));
                Expect odd = saysWhatAnIdIs(parameter.schema()) ? Expect.REFUSED : Expect.TOLERATED;
                ODD_PATH_VALUES.forEach((what, value) -> cases.add(new HostileCase(operation, what + " as " + parameter.name(),
                        operation.method(), target(operation, parameter, value), plainType, plainBody, token, "*/*", odd)));
                // The path as normalized no longer names this operation: whatever answers must still answer well.
                cases.add(new HostileCase(operation, "a parent reference as " + parameter.name(), operation.method(),
                        target(operation, parameter, ".."), plainType, plainBody, token, "*/*", Expect.TOLERATED));
            } else if ("query".equals(parameter.in())) {
                badQueryValues(parameter).forEach((what, value) -> cases.add(refused(operation, what + " as ?" + parameter.name(),
                        target(operation, parameter, value), plainType, plainBody)));
            }
        }

        if (operation.takesJson()) {
            jsonBodies(operation).forEach((what, body) -> cases.add(refused(operation, what, plainTarget, "application/json", body)));
            cases.add(new HostileCase(operation, "an unknown field", operation.method(), plainTarget, "application/json",
                    "{\"hostileUnknownField\": {\"nested\": [1, 2, 3]}}", token, "*/*", Expect.TOLERATED));
        }
        if (!operation.bodyTypes().isEmpty()) {
            String body = plainBody == null ? "%PDF-1.7" : plainBody;
            cases.add(refused(operation, "a text/plain body", plainTarget, "text/plain", body));
            cases.add(refused(operation, "a form body", plainTarget, "application/x-www-form-urlencoded", "a=b"));
            cases.add(refused(operation, "an unknown media type", plainTarget, "application/x-hostile", body));
            if (operation.bodyRequired()) {
                cases.add(refused(operation, "no body", plainTarget, plainType, ""));
            }
        }
        return cases;
    }

    private static boolean saysWhatAnIdIs(JsonNode schema) {
        return "uuid".equals(schema.path("format").asText()) || schema.has("pattern") || schema.has("maxLength");
    }

    private HostileCase refused(Operation operation, String what, String target, String contentType, String body) {
        return new HostileCase(operation, what, operation.method(), target, contentType, body, token, "*/*", Expect.REFUSED);
    }

    /** The path with every parameter filled by an id that exists nowhere, but {@code hostile} given {@code value}. */
    private static String target(Operation operation, Parameter hostile, String value) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                String filler = parameter == hostile ? value : "uuid".equals(parameter.schema().path("format").asText()) ? NO_UUID : NO_SLUG;
                path = path.replace("{" + parameter.name() + "}", filler);
            }
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            if ("query".equals(parameter.in()) && (parameter == hostile || parameter.required())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                        .append(parameter == hostile ? value : fillerFor(parameter));
            }
        }
        return path + query;
    }

    private static String fillerFor(Parameter parameter) {
        JsonNode schema = parameter.schema();
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (OpenApiOperations.typeOf(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "uuid".equals(schema.path("format").asText()) ? NO_UUID : NO_SLUG;
        };
    }

    private Map<String, String> badQueryValues(Parameter parameter) {
        JsonNode schema = document.resolve(parameter.schema());
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("a NUL byte", "a%00b");
        values.put("broken percent-encoding", "%zz");
        values.put("an overlong value", "x".repeat(9000));
        if (schema.has("enum")) {
            values.put("an unknown enum value", "NOT_A_VALUE");
        }
        switch (OpenApiOperations.typeOf(schema)) {
            case "integer", "number" -> {
                values.put("a word", "abc");
                values.put("a fraction", "1.5");
                values.put("a number past 64 bits", "99999999999999999999");
                if (PAGING.contains(parameter.name())) {
                    values.put("a negative number", "-1");
                    values.put("a huge number", "2147483647");
                }
            }
            case "boolean" -> values.put("a word", "maybe");
            default -> {
                if ("uuid".equals(schema.path("format").asText())) {
                    values.put("a non-UUID", "not-a-uuid");
                }
                if ("date-time".equals(schema.path("format").asText())) {
                    values.put("a year past 9999", "%2B999999999-12-31T23:59:59Z");
                }
            }
        }
        return values;
    }

    /** Bodies that are not what the operation takes: each is wrong as a whole or in one field. */
    private Map<String, String> jsonBodies(Operation operation) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\": ");
        bodies.put("a JSON array", "[]");
        bodies.put("a JSON string", "\"text\"");
        bodies.put("JSON null", "null");
        bodies.put("content after the JSON", "{} {}");
        bodies.put("a duplicate key", "{\"a\": 1, \"a\": 2}");
        bodies.put("deep nesting", "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        bodies.put("a body above 64 KiB", "{\"a\": \"" + "x".repeat(70 * 1024) + "\"}");
        JsonNode schema = operation.bodySchema();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            badValues(document.resolve(property.getValue())).forEach((what, value) ->
                    bodies.put(what + " as " + property.getKey(), "{" + quoted(property.getKey()) + ": " + value + "}"));
        }
        return bodies;
    }

    /** JSON values a field of this schema must refuse. */
    private Map<String, String> badValues(JsonNode schema) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        String format = schema.path("format").asText();
        switch (OpenApiOperations.typeOf(schema)) {
            case "string" -> {
                values.put("an object", "{\"hostile\": [1]}");
                values.put("a NUL character", "\"a\\u0000b\"");
                values.put("an unpaired surrogate", "\"a\\ud800b\"");
                if (schema.has("enum")) {
                    values.put("an unknown enum value", "\"NOT_A_VALUE\"");
                    values.put("an enum's number", "1");
                }
                switch (format) {
                    case "uuid" -> values.put("a non-UUID", "\"not-a-uuid\"");
                    case "date-time" -> {
                        values.put("a year past 9999", "\"+999999999-12-31T23:59:59Z\"");
                        values.put("a word for a date", "\"tomorrow\"");
                    }
                    case "date" -> values.put("a year past 9999", "\"+999999999-12-31\"");
                    default -> {
                    }
                }
            }
            case "integer" -> {
                values.put("a fraction", "1.5");
                values.put("a word", "\"many\"");
                values.put("a number past 64 bits", "99999999999999999999999");
                values.put("an object", "{}");
            }
            case "number" -> {
                values.put("a word", "\"many\"");
                values.put("an object", "{}");
            }
            case "boolean" -> {
                values.put("a word", "\"maybe\"");
                values.put("an object", "{}");
            }
            case "array" -> {
                values.put("an object", "{\"hostile\": 1}");
                values.put("a list of objects where values belong", itemsAreScalar(schema) ? "[{\"hostile\": 1}]" : "[[[1]]]");
            }
            case "object" -> {
                values.put("a list", "[1]");
                values.put("a number", "12");
            }
            default -> {
            }
        }
        return values;
    }

    private boolean itemsAreScalar(JsonNode arraySchema) {
        String type = OpenApiOperations.typeOf(document.resolve(arraySchema.path("items")));
        return !type.equals("object") && !type.equals("array") && !type.isEmpty();
    }

    private static String firstType(Operation operation) {
        return operation.bodyTypes().isEmpty() ? null : operation.bodyTypes().getFirst().replace("*/*", "application/octet-stream");
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 150) + "…(" + text.length() + " chars)";
    }
}
