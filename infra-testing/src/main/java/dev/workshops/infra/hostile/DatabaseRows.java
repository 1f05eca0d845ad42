package dev.workshops.infra.hostile;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many rows each table of the service's own database holds, to see that refused requests wrote nothing. Tables
 * that consumers of other services' facts write ({@code *_projection}, {@code processed_event}) and Flyway's history
 * are left out: they change with what arrives from Kafka, not with requests.
 */
final class DatabaseRows {

    private final String url;
    private final Properties credentials = new Properties();

    private DatabaseRows(Config config) {
        url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
    }

    static DatabaseRows ofService() {
        return new DatabaseRows(ConfigProvider.getConfig());
    }

    /** The counts once they have stayed the same for two seconds: what earlier tests set going has landed. */
    Map<String, Long> settled() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(counts());
        await().pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(2)).atMost(Duration.ofMinutes(1))
                .until(() -> {
                    Map<String, Long> now = counts();
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    /** The tables that hold more rows {@code after} than {@code before}, with how many more. */
    Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new TreeMap<>();
        after.forEach((table, rows) -> {
            long more = rows - before.getOrDefault(table, 0L);
            if (more > 0) {
                added.put(table, more);
            }
        });
        return added;
    }

    Map<String, Long> counts() {
        try (Connection connection = driver().connect(url, credentials); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    String table = names.getString(1);
                    if (!table.endsWith("_projection") && !table.equals("processed_event") && !table.startsWith("flyway_")) {
                        tables.add(table);
                    }
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + url, e);
        }
    }

    /** PostgreSQL's driver, from the service's class path (not every module that uses this one has it). */
    private static Driver driver() {
        try {
            return (Driver) Class.forName("org.postgresql.Driver", true, Thread.currentThread().getContextClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PostgreSQL's JDBC driver is not on the class path", e);
        }
    }
}
