package dev.workshops.platform;

import dev.workshops.infra.KafkaBroker;
import dev.workshops.infra.KeycloakServer;
import dev.workshops.infra.PostgresServer;
import dev.workshops.infra.RealInfra;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import dev.workshops.infra.SmtpSink;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real servers of this test JVM (PostgreSQL with every service's database, Kafka, Keycloak, SMTP; Keycloak and
 * Kafka started side by side) and the wiring every service process is given, with a fresh key per secret, shared
 * by every replica of a service so that what one signs the other checks.
 */
public record RealServers(KeycloakServer keycloak, KafkaBroker kafka, PostgresServer postgres, SmtpSink smtp, ServiceProcess.Wiring wiring) {

    public static RealServers start() {
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(RealInfra::keycloak);
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(RealInfra::kafka);
        PostgresServer postgres = RealInfra.postgres();
        ServiceCatalogue.PLATFORM.databases().forEach(postgres::createDatabase);
        SmtpSink smtp = RealInfra.smtp();
        Map<String, String> secrets = new LinkedHashMap<>();
        ServiceCatalogue.PLATFORM.secrets().forEach(variable -> secrets.put(variable, newKey()));
        ServiceProcess.Wiring wiring = new ServiceProcess.Wiring(postgres, kafka.join().bootstrapServers(),
                keycloak.join().issuer(), smtp.port(), secrets);
        return new RealServers(keycloak.join(), kafka.join(), postgres, smtp, wiring);
    }

    public String issuer() {
        return keycloak.issuer();
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
