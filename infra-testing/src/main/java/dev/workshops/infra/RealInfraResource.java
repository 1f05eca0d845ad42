package dev.workshops.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Points a service under test at the real servers of {@link RealInfra}. Arguments: {@code database} (the
 * service's own database, required) and {@code smtp=true} for services that send mail. The servers start in
 * parallel the first time and stay up for every later test class of the JVM.
 *
 * <p>Besides the service's own settings it publishes {@code workshop.test.issuer} (to fetch tokens with
 * {@link Tokens}) and {@code workshop.test.kafka} (for test producers and consumers).
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean smtp;

    @Override
    public void init(Map<String, String> args) {
        database = args.get("database");
        if (database == null) {
            throw new IllegalArgumentException("RealInfraResource needs the argument 'database'");
        }
        smtp = Boolean.parseBoolean(args.getOrDefault("smtp", "false"));
    }

    @Override
    public Map<String, String> start() {
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(RealInfra::keycloak);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(RealInfra::kafka);
        PostgresServer postgres = RealInfra.postgres().createDatabase(database);

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.join().bootstrapServers());
        config.put("workshop.test.kafka", kafka.join().bootstrapServers());
        config.put("quarkus.oidc.auth-server-url", keycloak.join().issuer());
        config.put("workshop.test.issuer", keycloak.join().issuer());
        if (smtp) {
            SmtpSink sink = RealInfra.smtp();
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(sink.port()));
            config.put("workshop.test.smtp-port", String.valueOf(sink.port()));
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application: RealInfra stops them when the JVM ends.
    }
}
