package dev.workshops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The faults the platform tests inflict on the servers, on servers of their own (the shared ones stay up): a broker
 * killed and started again, PostgreSQL restarted.
 */
class ServerFaultsTest {

    private static final Path WORK_DIR = Path.of("target", "server-faults-" + ProcessHandle.current().pid()).toAbsolutePath();

    @Test
    void aKilledBrokerStartsAgainOnItsPortWithWhatItHadAcknowledged() {
        int port = Ports.free();
        try (KafkaBroker broker = new KafkaBroker(WORK_DIR.resolve("kafka"), port).start()) {
            String topic = "faults-" + UUID.randomUUID();
            String id = TestEvents.publishRaw(broker.bootstrapServers(), topic, "key", "probe", "/test", "{}");
            long pid = broker.pid();

            broker.kill();
            assertFalse(broker.isRunning());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the broker's process is gone");
            assertFalse(Ports.inUse(port), "nothing answers on the broker's port");

            broker.start();
            assertTrue(broker.isRunning());
            assertEquals(port, broker.port());
            List<TestEvents.Received> records = TestEvents.readAll(broker.bootstrapServers(), topic);
            assertEquals(List.of(id), records.stream().map(record -> record.header("ce_id")).toList(), "the acknowledged record survived");
        }
    }

    @Test
    void aRestartedPostgresKeepsWhatWasCommittedAndCutsOpenConnections() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(WORK_DIR.resolve("postgres"), 0)) {
            postgres.createDatabase("faults");
            int port = postgres.port();
            try (Connection setup = connect(postgres); Statement statement = setup.createStatement()) {
                statement.execute("CREATE TABLE fact (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO fact VALUES (1)");
            }
            Connection open = connect(postgres);
            open.setAutoCommit(false);
            open.createStatement().execute("INSERT INTO fact VALUES (2)");

            postgres.restart(Duration.ofSeconds(60));

            assertEquals(port, postgres.port());
            assertTrue(postgres.answers());
            assertThrows(SQLException.class, () -> open.createStatement().execute("SELECT 1"), "the open connection was cut");
            open.close();
            try (Connection after = connect(postgres); ResultSet rows = after.createStatement().executeQuery("SELECT id FROM fact ORDER BY id")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt(1), "the committed row is there");
                assertFalse(rows.next(), "the uncommitted row is not");
            }
        }
    }

    private static Connection connect(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("faults"), postgres.user(), postgres.password());
    }
}
