package dev.workshops.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.events.Topics;
import dev.workshops.infra.PlatformService;
import dev.workshops.infra.ServiceCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each deployment artefact against a service catalogue: every check answers what disagrees (empty when all
 * agree), naming the service, database or topic, so a test can run it against the real catalogue or one with an
 * extra entry. {@code variablesRead} says which WORKSHOP_* variables a service's configuration reads.
 */
final class DeploymentChecks {

    private static final Pattern CREATE_DATABASE = Pattern.compile("(?im)^\\s*CREATE DATABASE\\s+(\\w+)\\s*;");
    private static final String KEYS_SECRET = "workshop-keys";
    /** Keycloak keeps its database in the platform's PostgreSQL cluster too; it is a server, not a service. */
    private static final Set<String> SERVER_DATABASES = Set.of("keycloak");

    private DeploymentChecks() {
    }

    /** {@code deploy/prometheus/prometheus.yml}: one job per service with metrics, named after it, at its port and path. */
    static List<String> prometheus(ServiceCatalogue catalogue, JsonNode config) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        config.path("scrape_configs").forEach(job -> jobs.put(job.path("job_name").asText(), job));
        for (PlatformService service : catalogue.withMetrics()) {
            JsonNode job = jobs.remove(service.name());
            if (job == null) {
                problems.add("prometheus: no job for " + service.name());
                continue;
            }
            if (!service.metricsPath().equals(job.path("metrics_path").asText())) {
                problems.add("prometheus: " + service.name() + " scraped at " + job.path("metrics_path").asText() + ", not " + service.metricsPath());
            }
            String target = service.name() + ":" + service.defaultPort();
            if (!job.path("static_configs").toString().contains("\"" + target + "\"")) {
                problems.add("prometheus: " + service.name() + " not scraped at " + target);
            }
        }
        jobs.keySet().forEach(job -> problems.add("prometheus: job " + job + " is no service of the catalogue"));
        return problems;
    }

    /** {@code deploy/docker-compose/postgres-init/01-databases.sql}: exactly the catalogue's databases. */
    static List<String> postgresInit(ServiceCatalogue catalogue, String sql) {
        Set<String> created = new LinkedHashSet<>();
        Matcher matcher = CREATE_DATABASE.matcher(sql);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        return sameDatabases("postgres-init", catalogue, created);
    }

    /** Docker Compose (merge keys resolved): each service built, on its port, given what it needs and reads, and only its secrets. */
    static List<String> compose(ServiceCatalogue catalogue, JsonNode compose, Function<PlatformService, Set<String>> variablesRead) {
        List<String> problems = new ArrayList<>();
        Set<String> built = new TreeSet<>();
        compose.path("services").properties().forEach(entry -> {
            if (entry.getValue().has("build")) {
                built.add(entry.getKey());
            }
        });
        for (PlatformService service : catalogue.services()) {
            JsonNode definition = compose.path("services").path(service.name());
            built.remove(service.name());
            if (definition.isMissingNode()) {
                problems.add("compose: no service " + service.name());
                continue;
            }
            if (!service.name().equals(definition.path("build").path("args").path("SERVICE").asText())) {
                problems.add("compose: " + service.name() + " is not built from its module");
            }
            Set<String> given = new TreeSet<>();
            definition.path("environment").fieldNames().forEachRemaining(given::add);
            problems.addAll(environment("compose", catalogue, service, given, given, variablesRead));
            if (!String.valueOf(service.defaultPort()).equals(definition.path("environment").path("WORKSHOP_HTTP_PORT").asText())) {
                problems.add("compose: " + service.name() + " is not on port " + service.defaultPort());
            }
        }
        built.forEach(name -> problems.add("compose: " + name + " is built but no service of the catalogue"));
        return problems;
    }

    /**
     * The rendered Kubernetes manifests: per service a Deployment (probes at its health paths, Prometheus annotations
     * when it has metrics, an image pinned to a release, what it needs and reads, only its secrets), a Service and an
     * autoscaler; and a database per service that keeps one.
     */
    static List<String> kubernetes(ServiceCatalogue catalogue, List<JsonNode> resources, Function<PlatformService, Set<String>> variablesRead) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> configMaps = new LinkedHashMap<>();
        ofKind(resources, "ConfigMap").forEach(map -> {
            Set<String> keys = new TreeSet<>();
            map.path("data").fieldNames().forEachRemaining(keys::add);
            configMaps.put(map.path("metadata").path("name").asText(), keys);
        });
        Set<String> deployments = ofKind(resources, "Deployment").stream().map(DeploymentChecks::name).collect(Collectors.toCollection(TreeSet::new));
        for (PlatformService service : catalogue.services()) {
            String name = service.name();
            deployments.remove(name);
            JsonNode deployment = named(resources, "Deployment", name);
            if (deployment == null) {
                problems.add("kubernetes: no Deployment " + name);
                continue;
            }
            JsonNode pod = deployment.path("spec").path("template");
            JsonNode container = pod.path("spec").path("containers").path(0);
            if (container.path("ports").path(0).path("containerPort").asInt() != service.defaultPort()) {
                problems.add("kubernetes: " + name + " does not listen on " + service.defaultPort());
            }
            probe(problems, name, container, "readinessProbe", service.readinessPath());
            probe(problems, name, container, "livenessProbe", service.livenessPath());
            probe(problems, name, container, "startupProbe", service.startupPath());
            JsonNode annotations = pod.path("metadata").path("annotations");
            boolean scraped = "true".equals(annotations.path("prometheus.io/scrape").asText());
            if (scraped != service.exportsMetrics() || scraped && !(service.metricsPath().equals(annotations.path("prometheus.io/path").asText())
                    && String.valueOf(service.defaultPort()).equals(annotations.path("prometheus.io/port").asText()))) {
                problems.add("kubernetes: " + name + "'s prometheus.io annotations disagree with its metrics path " + service.metricsPath());
            }
            if (container.path("image").asText().endsWith(":latest")) {
                problems.add("kubernetes: " + name + "'s image is not pinned to a release: " + container.path("image").asText());
            }
            Set<String> given = new TreeSet<>();
            Set<String> secrets = new TreeSet<>();
            container.path("env").forEach(env -> {
                given.add(env.path("name").asText());
                JsonNode secret = env.path("valueFrom").path("secretKeyRef");
                if (KEYS_SECRET.equals(secret.path("name").asText())) {
                    secrets.add(secret.path("key").asText());
                }
            });
            container.path("envFrom").forEach(from -> {
                if (from.has("secretRef")) {
                    problems.add("kubernetes: " + name + " takes every key of secret " + from.path("secretRef").path("name").asText());
                }
                given.addAll(configMaps.getOrDefault(from.path("configMapRef").path("name").asText(), Set.of()));
            });
            problems.addAll(environment("kubernetes", catalogue, service, given, secrets, variablesRead));
            if (named(resources, "Service", name) == null) {
                problems.add("kubernetes: no Service " + name);
            }
            if (ofKind(resources, "HorizontalPodAutoscaler").stream()
                    .noneMatch(hpa -> name.equals(hpa.path("spec").path("scaleTargetRef").path("name").asText()))) {
                problems.add("kubernetes: no HorizontalPodAutoscaler for " + name);
            }
        }
        deployments.forEach(name -> problems.add("kubernetes: Deployment " + name + " is no service of the catalogue"));
        Set<String> databases = new LinkedHashSet<>();
        ofKind(resources, "Cluster").forEach(cluster -> databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText()));
        ofKind(resources, "Database").forEach(database -> databases.add(database.path("spec").path("name").asText()));
        problems.addAll(sameDatabases("kubernetes", catalogue, databases));
        return problems;
    }

    /**
     * The rendered KafkaTopics: every topic of {@link Topics} and of the catalogue with its dead-letter twin, the
     * compacted ones {@code cleanup.policy: compact}, nothing else.
     */
    static List<String> kubernetesTopics(ServiceCatalogue catalogue, List<JsonNode> resources) {
        List<String> problems = new ArrayList<>();
        Map<String, String> policies = new LinkedHashMap<>();
        ofKind(resources, "KafkaTopic").forEach(topic -> policies.put(topic.path("spec").path("topicName").asText(),
                topic.path("spec").path("config").path("cleanup.policy").asText("delete")));
        Set<String> topics = new LinkedHashSet<>(Topics.ALL);
        topics.addAll(catalogue.topics());
        for (String topic : topics) {
            String expected = Topics.COMPACTED.contains(topic) ? "compact" : "delete";
            for (String each : List.of(topic, Topics.deadLetterOf(topic))) {
                String policy = policies.remove(each);
                if (policy == null) {
                    problems.add("kubernetes: no KafkaTopic " + each);
                } else if (!policy.equals(each.equals(topic) ? expected : "delete")) {
                    problems.add("kubernetes: topic " + each + " has cleanup.policy " + policy);
                }
            }
        }
        policies.keySet().forEach(topic -> problems.add("kubernetes: topic " + topic + " is no topic of the code"));
        return problems;
    }

    /**
     * Each service's own files against its entry: port, database, secrets (what it reads without a default), the
     * topics it consumes and produces, mail, the services it calls; and each topic produced by exactly one service.
     */
    static List<String> modules(ServiceCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        for (PlatformService service : catalogue.services()) {
            String name = service.name();
            if (!ModuleSources.exists(service)) {
                problems.add("modules: no module " + name + " with an application.properties");
                continue;
            }
            Map<String, String> defaults = ModuleSources.defaults(service);
            if (!String.valueOf(service.defaultPort()).equals(defaults.get("WORKSHOP_HTTP_PORT"))) {
                problems.add("modules: " + name + " listens on " + defaults.get("WORKSHOP_HTTP_PORT") + " by default, not " + service.defaultPort());
            }
            String jdbc = Objects.requireNonNullElse(defaults.get("WORKSHOP_DB_JDBC_URL"), "");
            if (service.hasDatabase() ? !jdbc.endsWith("/" + service.database()) : !jdbc.isEmpty()) {
                problems.add("modules: " + name + "'s database is " + jdbc + ", not " + service.database());
            }
            Set<String> mustBeGiven = defaults.entrySet().stream().filter(entry -> entry.getValue() == null)
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            compare(problems, "modules: " + name + " secrets (read without a default)", mustBeGiven, service.secrets());
            compare(problems, "modules: " + name + " consumes", ModuleSources.consumedTopics(service), service.consumes());
            compare(problems, "modules: " + name + " produces", ModuleSources.producedTopics(service), service.produces());
            if (service.sendsMail() != defaults.containsKey("WORKSHOP_SMTP_HOST")) {
                problems.add("modules: " + name + (service.sendsMail() ? " sends no mail" : " sends mail"));
            }
            Set<String> urlsRead = defaults.keySet().stream().filter(variable -> variable.endsWith("_URL") && !variable.startsWith("WORKSHOP_DB_")
                    && !variable.equals("WORKSHOP_OIDC_URL")).collect(Collectors.toCollection(TreeSet::new));
            compare(problems, "modules: " + name + " calls", urlsRead, service.calls().stream().map(PlatformService::urlVariable).toList());
            for (PlatformService called : service.calls()) {
                String expected = "http://127.0.0.1:" + called.defaultPort();
                if (!expected.equals(defaults.get(called.urlVariable()))) {
                    problems.add("modules: " + name + " calls " + called.name() + " at " + defaults.get(called.urlVariable()) + " by default, not " + expected);
                }
            }
        }
        for (String topic : catalogue.topics()) {
            if (!Topics.ALL.contains(topic)) {
                problems.add("modules: topic " + topic + " is not in event-contracts' Topics");
            }
        }
        for (String topic : Topics.ALL) {
            List<String> producers = catalogue.services().stream().filter(service -> service.produces().contains(topic)).map(PlatformService::name).toList();
            if (producers.size() != 1) {
                problems.add("modules: topic " + topic + " is produced by " + producers);
            }
        }
        return problems;
    }

    /** What a service is given: everything it needs, nothing it does not read, and of the keys only its own. */
    private static List<String> environment(String where, ServiceCatalogue catalogue, PlatformService service, Set<String> given,
            Set<String> keysGiven, Function<PlatformService, Set<String>> variablesRead) {
        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>(service.environmentVariables());
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            problems.add(where + ": " + service.name() + " is not given " + missing);
        }
        Set<String> unread = new TreeSet<>(given);
        unread.removeAll(variablesRead.apply(service));
        if (!unread.isEmpty()) {
            problems.add(where + ": " + service.name() + " is given variables it never reads: " + unread);
        }
        Set<String> keys = new TreeSet<>(keysGiven);
        keys.retainAll(catalogue.secrets());
        compare(problems, where + ": " + service.name() + " secrets", keys, service.secrets());
        return problems;
    }

    private static List<String> sameDatabases(String where, ServiceCatalogue catalogue, Set<String> found) {
        List<String> problems = new ArrayList<>();
        for (String database : catalogue.databases()) {
            if (!found.remove(database)) {
                problems.add(where + ": no database " + database);
            }
        }
        found.removeAll(SERVER_DATABASES);
        found.forEach(database -> problems.add(where + ": database " + database + " belongs to no service of the catalogue"));
        return problems;
    }

    private static void probe(List<String> problems, String name, JsonNode container, String probe, String path) {
        if (!path.equals(container.path(probe).path("httpGet").path("path").asText())) {
            problems.add("kubernetes: " + name + "'s " + probe + " is not at " + path);
        }
    }

    private static void compare(List<String> problems, String what, Set<String> found, List<String> catalogued) {
        if (!found.equals(new TreeSet<>(catalogued))) {
            problems.add(what + ": " + found + " here, " + new TreeSet<>(catalogued) + " in the catalogue");
        }
    }

    private static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.path("kind").asText())).toList();
    }

    private static JsonNode named(List<JsonNode> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(resource -> name.equals(name(resource))).findFirst().orElse(null);
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }
}
