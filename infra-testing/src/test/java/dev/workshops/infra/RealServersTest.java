package dev.workshops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealServersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void kafkaBrokerDeliversAProducedRecordToAConsumer() throws Exception {
        String topic = "probe-" + UUID.randomUUID();
        String bootstrap = RealInfra.kafka().bootstrapServers();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    received = records.iterator().next();
                }
            }
            assertNotNull(received, "no record within 30 s");
            assertEquals("hello", received.value());
        }
    }

    @Test
    void postgresCreatesADatabasePerServiceAndAnswersQueries() throws Exception {
        PostgresServer postgres = RealInfra.postgres().createDatabase("probe_service").createDatabase("probe_service");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("probe_service"), postgres.user(), postgres.password());
                ResultSet result = connection.createStatement().executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
            result.next();
            assertEquals("probe_service", result.getString(1));
            assertTrue(result.getInt(2) >= 180000, "PostgreSQL 18 expected, got " + result.getInt(2));
        }
        assertThrows(IllegalArgumentException.class, () -> postgres.createDatabase("x; DROP DATABASE postgres"));
    }

    @Test
    void postgresOfTheTestsRunsWithoutFsyncForSpeed() throws Exception {
        PostgresServer postgres = RealInfra.postgres();
        assertEquals("off", setting(postgres, "fsync"));
        assertEquals("off", setting(postgres, "synchronous_commit"));
    }

    @Test
    void durablePostgresSyncsCommitsAndKeepsThemAcrossARestart(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        try (PostgresServer first = PostgresServer.start(dataDir, 0, Durability.ON)) {
            assertEquals("on", setting(first, "fsync"));
            assertEquals("on", setting(first, "synchronous_commit"));
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl("postgres"), first.user(), first.password())) {
                connection.createStatement().execute("CREATE TABLE kept (what TEXT)");
                connection.createStatement().execute("INSERT INTO kept VALUES ('a registration')");
            }
        }
        assertTrue(Files.exists(dataDir.resolve("PG_VERSION")), "the data directory stays after the stop");
        try (PostgresServer second = PostgresServer.start(dataDir, 0, Durability.ON);
                Connection connection = DriverManager.getConnection(second.jdbcUrl("postgres"), second.user(), second.password());
                ResultSet result = connection.createStatement().executeQuery("SELECT what FROM kept")) {
            assertTrue(result.next(), "the row committed before the restart");
            assertEquals("a registration", result.getString(1));
        }
    }

    @Test
    void keycloakIssuesTokensWithTheApiAudienceAndRealmRoles() throws Exception {
        KeycloakServer keycloak = RealInfra.keycloak();

        JsonNode alice = claims(keycloak.accessToken("alice"));
        JsonNode olivia = claims(keycloak.accessToken("olivia"));

        assertEquals(keycloak.issuer(), alice.get("iss").asText());
        assertTrue(audiences(alice).contains("workshop-api"), alice.toString());
        assertEquals("00000000-0000-4000-8000-000000000005", alice.get("sub").asText());
        assertEquals("alice@workshop.test", alice.get("email").asText());
        assertTrue(roles(alice).contains("attendee"));
        assertTrue(roles(olivia).contains("organizer"));
        assertTrue(!roles(alice).contains("organizer"));
        assertThrows(IllegalStateException.class, () -> Tokens.accessToken(keycloak.issuer(), "alice", "wrong"));
    }

    @Test
    void smtpSinkKeepsWhatItReceives() throws Exception {
        SmtpSink smtp = RealInfra.smtp();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@workshop.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("alice@workshop.test"));
        String subject = "probe " + UUID.randomUUID();
        message.setSubject(subject);
        message.setText("hello");
        Transport.send(message);

        assertTrue(smtp.received().stream().anyMatch(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (Exception e) {
                return false;
            }
        }));
    }

    private static String setting(PostgresServer postgres, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
                ResultSet result = connection.createStatement().executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? JSON.convertValue(aud, List.class) : List.of(aud.asText());
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(JsonNode claims) {
        return JSON.convertValue(claims.at("/realm_access/roles"), List.class);
    }
}
