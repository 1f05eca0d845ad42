package dev.workshops.infra.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.workshops.infra.RawHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations a running service documents in its OpenAPI document ({@code /q/openapi}). */
public final class OpenApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One parameter, with the schema its value must follow (references resolved). */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation: {@code path} is the template ({@code /api/workshops/{id}}); {@code bodyTypes} the media types
     * its request body may have (none without a body), {@code bodySchema} the body's JSON schema when it takes JSON.
     */
    public record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes,
            boolean bodyRequired, JsonNode bodySchema) {

        public boolean takesJson() {
            return bodyTypes.stream().anyMatch(type -> type.startsWith("application/json"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /** A document already read. */
    public static OpenApiOperations of(JsonNode document) {
        return new OpenApiOperations(document);
    }

    /** Reads a document a service wrote at its build (its {@code target/openapi/openapi.json}). */
    public static OpenApiOperations of(Path file) {
        try {
            return new OpenApiOperations(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The schema of an operation's JSON answer with that status, resolved; a missing node when there is none. */
    public JsonNode answer(String method, String path, int status) {
        return resolve(document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT)).path("responses")
                .path(String.valueOf(status)).path("content").path("application/json").path("schema"));
    }

    /** Reads the document the service on {@code port} serves. */
    public static OpenApiOperations of(int port) {
        RawHttp.Answer answer = RawHttp.get(port, "/q/openapi?format=json", "Accept: application/json");
        if (answer.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at /q/openapi: " + answer);
        }
        try {
            return new OpenApiOperations(JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = list(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue(), shared));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation, List<JsonNode> shared) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>(shared);
        declared.addAll(list(operation.path("parameters")));
        for (JsonNode parameter : declared) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
        }
        JsonNode body = resolve(operation.path("requestBody"));
        List<String> types = new ArrayList<>();
        body.path("content").fieldNames().forEachRemaining(types::add);
        JsonNode schema = types.stream().filter(type -> type.startsWith("application/json")).findFirst()
                .map(type -> resolve(body.path("content").path(type).path("schema")))
                .orElse(MissingNode.getInstance());
        return new Operation(method, path, List.copyOf(parameters), List.copyOf(types), body.path("required").asBoolean(false), schema);
    }

    /**
     * The node a {@code $ref} points to (within this document), else the node itself; of a composed schema
     * ({@code allOf}, {@code anyOf}, {@code oneOf}, as a nullable reference is written), its first part that is not
     * {@code null}.
     */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 16; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = ref.startsWith("#/") ? document.at(ref.substring(1)) : MissingNode.getInstance();
            } else if (composedPart(current) != null) {
                current = composedPart(current);
            } else {
                return current;
            }
        }
        return current;
    }

    private static JsonNode composedPart(JsonNode schema) {
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(composition)) {
                if (!"null".equals(part.path("type").asText())) {
                    return part;
                }
            }
        }
        return null;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** The schema's type ({@code string}, {@code integer}, ...), whether given alone or beside {@code null}. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("enum")) {
            return "string";
        }
        return schema.has("properties") ? "object" : "";
    }
}
