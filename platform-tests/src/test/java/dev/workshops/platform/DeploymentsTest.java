package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.workshops.events.Topics;
import dev.workshops.infra.PlatformService;
import dev.workshops.infra.ServiceCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment files render and agree with the service catalogue (no cluster or Docker engine needed): each
 * check of {@link DeploymentChecks} passes for the real catalogue and fails, naming it, for a catalogue with a
 * service the files do not know yet.
 */
class DeploymentsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.PLATFORM;

    /** A service none of the files knows yet: its own database and topic, a port of its own. */
    private static final PlatformService CERTIFICATES = PlatformService.quarkus("certificates-service", 8086, "WORKSHOP_CERTIFICATES_PORT")
            .withDatabase("certificates").producing("certificates").consuming(Topics.REGISTRATIONS);
    private static final ServiceCatalogue WITH_CERTIFICATES = CATALOGUE.with(CERTIFICATES);
    /** What the new service would read: exactly what its entry says it needs. */
    private static final Function<PlatformService, Set<String>> READS_WITH_CERTIFICATES =
            service -> service.equals(CERTIFICATES) ? Set.copyOf(CERTIFICATES.environmentVariables()) : ModuleSources.variablesRead(service);

    private static List<JsonNode> kubernetes;
    private static JsonNode compose;
    private static JsonNode prometheus;
    private static String postgresInit;

    @BeforeAll
    static void readTheArtefacts() throws Exception {
        kubernetes = readAll(run(List.of("kubectl", "kustomize", DEPLOY.resolve("kubernetes/overlays/production").toString())));
        // SnakeYAML resolves the merge keys (<<: *service-environment) as Docker Compose does.
        compose = YAML.valueToTree(new org.yaml.snakeyaml.Yaml().load(Files.readString(DEPLOY.resolve("docker-compose/docker-compose.yml"))));
        prometheus = YAML.readTree(DEPLOY.resolve("prometheus/prometheus.yml").toFile());
        postgresInit = Files.readString(DEPLOY.resolve("docker-compose/postgres-init/01-databases.sql"));
    }

    @Test
    void everyModuleAgreesWithItsCatalogueEntry() {
        assertEquals(List.of(), DeploymentChecks.modules(CATALOGUE));
    }

    @Test
    void kubernetesRunsEveryServiceProbedScaledAndGivenOnlyItsSecrets() {
        assertEquals("workshops", kubernetes.stream().filter(r -> "Deployment".equals(r.path("kind").asText())).findFirst()
                .orElseThrow().path("metadata").path("namespace").asText());
        assertEquals(List.of(), DeploymentChecks.kubernetes(CATALOGUE, kubernetes, ModuleSources::variablesRead));
        for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Keycloak", "KeycloakRealmImport")) {
            assertTrue(kubernetes.stream().anyMatch(r -> kind.equals(r.path("kind").asText())), kind);
        }
    }

    @Test
    void kubernetesTopicsAreTheCodesWithSnapshotTopicsCompacted() {
        assertEquals(List.of(), DeploymentChecks.kubernetesTopics(CATALOGUE, kubernetes));
        long compacted = kubernetes.stream().filter(r -> "compact".equals(r.path("spec").path("config").path("cleanup.policy").asText())).count();
        assertEquals(Topics.COMPACTED.size(), compacted);
    }

    @Test
    void composeRunsEveryServiceGivenOnlyWhatItReads() {
        assertEquals(List.of(), DeploymentChecks.compose(CATALOGUE, compose, ModuleSources::variablesRead));
        for (String mounted : List.of("../prometheus:/etc/prometheus:ro", "../grafana/dashboards:/var/lib/grafana/dashboards:ro")) {
            assertTrue(compose.toString().contains(mounted), mounted);
        }
    }

    @Test
    void prometheusScrapesEveryServiceWithMetricsAndPostgresInitCreatesEveryDatabase() {
        assertEquals(List.of(), DeploymentChecks.prometheus(CATALOGUE, prometheus));
        assertEquals(List.of(), DeploymentChecks.postgresInit(CATALOGUE, postgresInit));
    }

    @Test
    void aServiceAddedToTheCatalogueFailsEveryArtefactUntilItIsAddedThere() throws IOException {
        assertNames("certificates", DeploymentChecks.modules(WITH_CERTIFICATES));
        assertNames("certificates", DeploymentChecks.kubernetes(WITH_CERTIFICATES, kubernetes, READS_WITH_CERTIFICATES));
        assertNames("certificates", DeploymentChecks.kubernetesTopics(WITH_CERTIFICATES, kubernetes));
        assertNames("certificates", DeploymentChecks.compose(WITH_CERTIFICATES, compose, READS_WITH_CERTIFICATES));
        assertNames("certificates", DeploymentChecks.prometheus(WITH_CERTIFICATES, prometheus));
        assertNames("certificates", DeploymentChecks.postgresInit(WITH_CERTIFICATES, postgresInit));

        assertEquals(List.of(), DeploymentChecks.prometheus(WITH_CERTIFICATES, withScrapeJob(prometheus, CERTIFICATES)));
        assertEquals(List.of(), DeploymentChecks.postgresInit(WITH_CERTIFICATES, postgresInit + "CREATE DATABASE certificates;\n"));
        assertEquals(List.of(), DeploymentChecks.compose(WITH_CERTIFICATES, withComposeService(compose, CERTIFICATES), READS_WITH_CERTIFICATES));
        List<JsonNode> withTopics = new ArrayList<>(kubernetes);
        withTopics.addAll(kafkaTopics(CERTIFICATES));
        assertEquals(List.of(), DeploymentChecks.kubernetesTopics(WITH_CERTIFICATES, withTopics));
    }

    @Test
    void aServiceMissingFromTheCatalogueFailsEveryArtefactThatRunsIt() {
        ServiceCatalogue withoutStreaming = new ServiceCatalogue(CATALOGUE.services().stream()
                .filter(service -> !service.equals(ServiceCatalogue.STREAMING)).toList());
        assertNames("streaming", DeploymentChecks.kubernetes(withoutStreaming, kubernetes, ModuleSources::variablesRead));
        assertNames("streaming", DeploymentChecks.compose(withoutStreaming, compose, ModuleSources::variablesRead));
        assertNames("streaming", DeploymentChecks.prometheus(withoutStreaming, prometheus));
        assertNames("streaming", DeploymentChecks.postgresInit(withoutStreaming, postgresInit));
        assertNames("streams", DeploymentChecks.modules(withoutStreaming));
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

    private static void assertNames(String expected, List<String> problems) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)), expected + " not named in " + problems);
    }

    private static JsonNode withScrapeJob(JsonNode config, PlatformService service) {
        ObjectNode copy = config.deepCopy();
        ObjectNode job = ((ArrayNode) copy.path("scrape_configs")).addObject();
        job.put("job_name", service.name()).put("metrics_path", service.metricsPath());
        job.putArray("static_configs").addObject().putArray("targets").add(service.name() + ":" + service.defaultPort());
        return copy;
    }

    private static JsonNode withComposeService(JsonNode compose, PlatformService service) {
        ObjectNode copy = compose.deepCopy();
        ObjectNode definition = ((ObjectNode) copy.path("services")).putObject(service.name());
        definition.putObject("build").putObject("args").put("SERVICE", service.name());
        ObjectNode environment = definition.putObject("environment");
        service.environmentVariables().forEach(variable -> environment.put(variable, "set"));
        environment.put("WORKSHOP_HTTP_PORT", String.valueOf(service.defaultPort()));
        return copy;
    }

    private static List<JsonNode> kafkaTopics(PlatformService service) {
        List<JsonNode> topics = new ArrayList<>();
        for (String topic : service.produces()) {
            for (String each : List.of(topic, Topics.deadLetterOf(topic))) {
                Map<String, Object> spec = new LinkedHashMap<>(Map.of("topicName", each));
                topics.add(YAML.valueToTree(Map.of("kind", "KafkaTopic", "spec", spec)));
            }
        }
        return topics;
    }

    private static List<JsonNode> readAll(String yaml) throws IOException {
        List<JsonNode> resources = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(resources::add);
        }
        return resources;
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }
}
