package dev.workshops.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KafkaBroker;
import dev.workshops.infra.Ports;
import dev.workshops.infra.PostgresServer;
import dev.workshops.infra.RealInfra;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import dev.workshops.infra.SmtpSink;
import dev.workshops.infra.TestEvents;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as its own process, killed after it took a registration fact and before the email went
 * out (the mail server is down meanwhile), then started again while the broker delivers the same fact once more:
 * exactly one email arrives. The process runs on the system clock, so times here are relative to it.
 */
class DeliveryAcrossRestartIT {

    private static final String GROUP = "notification-service";

    private final PostgresServer postgres = RealInfra.postgres().createDatabase(ServiceCatalogue.NOTIFICATION.database());
    private final KafkaBroker kafka = RealInfra.kafka();
    private final SmtpSink smtp = RealInfra.smtp();
    private final ServiceProcess.Wiring wiring = new ServiceProcess.Wiring(postgres, kafka.bootstrapServers(),
            "http://127.0.0.1:" + Ports.free() + "/realms/workshop", smtp.port(),
            Map.of("WORKSHOP_UNSUBSCRIBE_KEY", "restart-test-unsubscribe-key-of-32-or-more-characters"));
    private ServiceProcess service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aFactTakenBeforeACrashIsEmailedOnceAfterTheRestartEvenWhenDeliveredAgain() throws Exception {
        String workshop = "ws-restart-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "restart-" + System.nanoTime() + "@bench.workshop.test";
        RegistrationChanged confirmed = confirmed(workshop, email);

        smtp.stop();
        service = start("first");
        TestEvents.publish(kafka.bootstrapServers(), Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, "Restart workshop", "Europe/Vienna", "TU Wien", Instant.now().plus(Duration.ofDays(30)),
                        Instant.now().plus(Duration.ofDays(32)), null, 1, WorkshopChanged.Reason.CREATED));
        publish(confirmed);
        Awaitility.await("a PENDING delivery with a failed attempt").atMost(Duration.ofSeconds(60))
                .until(() -> "PENDING".equals(deliveryStatus(email)) && deliveryAttempts(email) >= 1);

        service.kill();
        smtp.start();
        publish(confirmed);
        service = start("second");

        Awaitility.await("the email").atMost(Duration.ofSeconds(90)).until(() -> "SENT".equals(deliveryStatus(email)));
        Awaitility.await("the second copy of the fact consumed").atMost(Duration.ofSeconds(60))
                .until(() -> TestEvents.consumedToTheEnd(kafka.bootstrapServers(), GROUP, Topics.REGISTRATIONS));
        // The redelivered fact is consumed; give a wrongly made second delivery the time to go out.
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email) == 1);
        assertEquals(1, deliveryRows(email));
    }

    private ServiceProcess start(String run) {
        return ServiceProcess.start(ServiceCatalogue.NOTIFICATION, Ports.free(), wiring,
                // A killed consumer holds its partitions until its session times out: the broker's shortest.
                // A kill that lands during an attempt leaves its claim SENDING: a short lease (and the shorter
                // waits it must outlast) has the next process take it again within the test's deadline.
                Map.of("QUARKUS_OIDC_TENANT_ENABLED", "false", "WORKSHOP_NOTIFICATION_DELIVERY_FIRST_RETRY", "PT1S",
                        "WORKSHOP_NOTIFICATION_DELIVERY_SEND_TIMEOUT", "PT5S", "WORKSHOP_NOTIFICATION_DELIVERY_OUTCOME_RETRY_FOR", "PT5S",
                        "WORKSHOP_NOTIFICATION_DELIVERY_CLAIM_LEASE", "PT30S", "KAFKA_SESSION_TIMEOUT_MS", "6000"),
                Path.of("target", "restart-it-" + run + ".log")).awaitReady();
    }

    private void publish(RegistrationChanged registration) {
        TestEvents.publish(kafka.bootstrapServers(), Topics.REGISTRATIONS,
                RegistrationChanged.keyOf(registration.workshopId(), registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", registration);
    }

    private static RegistrationChanged confirmed(String workshop, String email) {
        return FactBuilders.registration(workshop, "attendee-" + UUID.randomUUID()).email(email)
                .name("<script>alert('Ada')</script>").ticketCode("W1-test")
                .createdAt(Instant.now().minus(Duration.ofDays(10))).version(1, RegistrationChanged.Reason.REGISTERED)
                .build();
    }

    private long emailsTo(String email) {
        return smtp.receivedBy(email).size();
    }

    private String deliveryStatus(String email) throws Exception {
        return query("SELECT status FROM delivery WHERE recipient = ?", email);
    }

    private int deliveryAttempts(String email) throws Exception {
        return Integer.parseInt(query("SELECT attempts::text FROM delivery WHERE recipient = ?", email));
    }

    private int deliveryRows(String email) throws Exception {
        return Integer.parseInt(query("SELECT count(*)::text FROM delivery WHERE recipient = ?", email));
    }

    private String query(String sql, String email) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(ServiceCatalogue.NOTIFICATION.database()),
                postgres.user(), postgres.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, email);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
