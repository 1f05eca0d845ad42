package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.workshops.infra.PlatformService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deployment files render and agree with the services: no cluster or Docker engine needed. */
class DeploymentsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(WORKSHOP_[A-Z_]+)");

    @Test
    void kustomizeRendersTheProductionOverlayWithEveryServiceProbedAndScaled() throws Exception {
        String rendered = run(List.of("kubectl", "kustomize", DEPLOY.resolve("kubernetes/overlays/production").toString()));
        List<JsonNode> resources = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(rendered)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(resources::add);
        }
        for (PlatformService service : PlatformService.ALL) {
            JsonNode deployment = resources.stream().filter(r -> "Deployment".equals(r.path("kind").asText())
                    && service.name().equals(r.path("metadata").path("name").asText())).findFirst().orElseThrow();
            assertEquals("workshops", deployment.path("metadata").path("namespace").asText());
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
            assertTrue(resources.stream().anyMatch(r -> "HorizontalPodAutoscaler".equals(r.path("kind").asText())
                    && service.name().equals(r.path("spec").path("scaleTargetRef").path("name").asText())), service.name());
            Set<String> names = new TreeSet<>();
            container.path("env").forEach(env -> names.add(env.path("name").asText()));
            assertTrue(names.containsAll(List.of("WORKSHOP_HTTP_PORT", "WORKSHOP_DB_REACTIVE_URL", "WORKSHOP_DB_JDBC_URL",
                    "WORKSHOP_DB_USER", "WORKSHOP_DB_PASSWORD")), names.toString());
            assertTrue(readVariables(service).containsAll(names), service.name() + " reads " + readVariables(service) + ", gets " + names);
        }
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Keycloak", "KeycloakRealmImport")) {
            assertTrue(resources.stream().anyMatch(r -> kind.equals(r.path("kind").asText())), kind);
        }
    }

    @Test
    void theKubernetesRealmImportIsTheLocalRealmWithoutItsDevelopmentUsers() throws IOException {
        JsonNode local = new ObjectMapper().readTree(DEPLOY.resolve("keycloak/workshop-realm.json").toFile());
        ObjectNode expected = ((ObjectNode) local.deepCopy());
        expected.remove("users");
        expected.put("sslRequired", "external");
        JsonNode imported = YAML.readTree(DEPLOY.resolve("kubernetes/base/keycloak-realm-import.yaml").toFile()).path("spec").path("realm");
        assertEquals(expected, imported);
    }

    @Test
    void composeGivesEachServiceOnlyVariablesItReads() throws IOException {
        // SnakeYAML resolves the merge keys (<<: *service-environment) as Docker Compose does.
        Object parsed = new org.yaml.snakeyaml.Yaml().load(Files.readString(DEPLOY.resolve("docker-compose/docker-compose.yml")));
        JsonNode compose = YAML.valueToTree(parsed);
        for (PlatformService service : PlatformService.ALL) {
            JsonNode definition = compose.path("services").path(service.name());
            assertFalse(definition.isMissingNode(), service.name());
            Set<String> given = new TreeSet<>();
            definition.path("environment").fieldNames().forEachRemaining(given::add);
            assertTrue(given.contains("WORKSHOP_DB_JDBC_URL") && given.contains("WORKSHOP_KAFKA_BOOTSTRAP"), given.toString());
            Set<String> unread = new TreeSet<>(given);
            unread.removeAll(readVariables(service));
            assertEquals(Set.of(), unread, service.name() + " is given variables it never reads");
            assertEquals(String.valueOf(service.defaultPort()), definition.path("environment").path("WORKSHOP_HTTP_PORT").asText());
        }
        for (String mounted : List.of("../prometheus:/etc/prometheus:ro", "../grafana/dashboards:/var/lib/grafana/dashboards:ro")) {
            assertTrue(compose.toString().contains(mounted), mounted);
        }
    }

    @Test
    void prometheusConfigAndAlertRulesAreValid() throws Exception {
        String checked = run(List.of("promtool", "check", "config", DEPLOY.resolve("prometheus/prometheus.yml").toString()));
        assertTrue(checked.contains("SUCCESS: 5 rules found"), checked);
    }

    @Test
    void everyDashboardPanelIsTitledDescribedAndHasAUnit() {
        for (String file : Dashboards.FILES) {
            JsonNode dashboard = Dashboards.read(file);
            assertFalse(dashboard.path("panels").isEmpty(), file);
            for (JsonNode panel : dashboard.path("panels")) {
                String where = file + " / " + panel.path("title").asText();
                assertFalse(panel.path("title").asText().isBlank(), where);
                assertFalse(panel.path("description").asText().isBlank(), where);
                assertFalse(panel.path("fieldConfig").path("defaults").path("unit").asText().isBlank(), where);
                assertFalse(panel.path("targets").isEmpty(), where);
            }
        }
        JsonNode filled = Dashboards.read("workshop-live.json").path("panels").get(0);
        assertEquals(0.95, filled.path("fieldConfig").path("defaults").path("thresholds").path("steps").get(1).path("value").asDouble());
    }

    /** The WORKSHOP_* variables a service's configuration reads (its own and service-support's defaults). */
    private static Set<String> readVariables(PlatformService service) {
        Set<String> variables = new TreeSet<>();
        for (Path properties : List.of(Path.of("..", service.name(), "src/main/resources/application.properties"),
                Path.of("..", "service-support/src/main/resources/META-INF/microprofile-config.properties"))) {
            try {
                Matcher matcher = VARIABLE.matcher(Files.readString(properties));
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return variables;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }
}
