package dev.workshops.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One deployable module of the platform and what it needs to run: its HTTP port (and the variable that moves it in
 * the local stack), its database, the topics it produces and consumes, the secrets it reads, the services it calls,
 * whether it sends mail, and where it answers health checks and metrics. {@link ServiceCatalogue} names them all;
 * every deployment of the platform derives from or is checked against these entries.
 *
 * @param database   its PostgreSQL database, or {@code null} when it keeps none
 * @param secrets    the environment variables of secrets it reads (nothing else is given to it)
 * @param calls      the services it calls over HTTP, each reached at {@link #urlVariable()}
 * @param metricsPath where Prometheus scrapes it, or {@code null} when it exports no metrics
 */
public record PlatformService(String name, int defaultPort, String portVariable, String database,
        List<String> produces, List<String> consumes, List<String> secrets, List<PlatformService> calls,
        boolean sendsMail, String healthPath, String metricsPath) {

    public PlatformService {
        produces = List.copyOf(produces);
        consumes = List.copyOf(consumes);
        secrets = List.copyOf(secrets);
        calls = List.copyOf(calls);
    }

    /** A Quarkus module on {@code defaultPort}: health under {@code /q/health}, metrics at {@code /q/metrics}. */
    public static PlatformService quarkus(String name, int defaultPort, String portVariable) {
        return new PlatformService(name, defaultPort, portVariable, null, List.of(), List.of(), List.of(), List.of(),
                false, "/q/health", "/q/metrics");
    }

    public PlatformService withDatabase(String database) {
        return new PlatformService(name, defaultPort, portVariable, database, produces, consumes, secrets, calls, sendsMail, healthPath, metricsPath);
    }

    public PlatformService producing(String... topics) {
        return new PlatformService(name, defaultPort, portVariable, database, List.of(topics), consumes, secrets, calls, sendsMail, healthPath, metricsPath);
    }

    public PlatformService consuming(String... topics) {
        return new PlatformService(name, defaultPort, portVariable, database, produces, List.of(topics), secrets, calls, sendsMail, healthPath, metricsPath);
    }

    public PlatformService withSecrets(String... variables) {
        return new PlatformService(name, defaultPort, portVariable, database, produces, consumes, List.of(variables), calls, sendsMail, healthPath, metricsPath);
    }

    public PlatformService calling(PlatformService... services) {
        return new PlatformService(name, defaultPort, portVariable, database, produces, consumes, secrets, List.of(services), sendsMail, healthPath, metricsPath);
    }

    public PlatformService sendingMail() {
        return new PlatformService(name, defaultPort, portVariable, database, produces, consumes, secrets, calls, true, healthPath, metricsPath);
    }

    public PlatformService withoutMetrics() {
        return new PlatformService(name, defaultPort, portVariable, database, produces, consumes, secrets, calls, sendsMail, healthPath, null);
    }

    public boolean hasDatabase() {
        return database != null;
    }

    public boolean usesKafka() {
        return !produces.isEmpty() || !consumes.isEmpty();
    }

    public boolean exportsMetrics() {
        return metricsPath != null;
    }

    public String readinessPath() {
        return healthPath + "/ready";
    }

    public String livenessPath() {
        return healthPath + "/live";
    }

    public String startupPath() {
        return healthPath + "/started";
    }

    /** Every topic it produces or consumes. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>(produces);
        topics.addAll(consumes);
        return topics;
    }

    /** The variable a caller reads this service's base URL from: {@code WORKSHOP_SCHEDULE_URL} for schedule-service. */
    public String urlVariable() {
        return "WORKSHOP_" + name.replaceFirst("-service$", "").replace('-', '_').toUpperCase(Locale.ROOT) + "_URL";
    }

    /** The environment variables it must be given to run; {@code ServiceProcess} and every deployment give these. */
    public List<String> environmentVariables() {
        List<String> variables = new ArrayList<>(List.of("WORKSHOP_HTTP_PORT", "WORKSHOP_OIDC_URL"));
        if (hasDatabase()) {
            variables.addAll(List.of("WORKSHOP_DB_REACTIVE_URL", "WORKSHOP_DB_JDBC_URL", "WORKSHOP_DB_USER", "WORKSHOP_DB_PASSWORD"));
            // Each service with a database is built on service-support, whose links start at this address.
            variables.add("WORKSHOP_PUBLIC_ADDRESS");
        }
        if (usesKafka()) {
            variables.add("WORKSHOP_KAFKA_BOOTSTRAP");
        }
        if (sendsMail) {
            variables.addAll(List.of("WORKSHOP_SMTP_HOST", "WORKSHOP_SMTP_PORT"));
        }
        variables.addAll(secrets);
        calls.stream().map(PlatformService::urlVariable).forEach(variables::add);
        return variables;
    }

    /** The runnable the module's build packaged ({@code ./mvnw package} or later). */
    public Path packagedJar() {
        return InfraLocations.projectRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
