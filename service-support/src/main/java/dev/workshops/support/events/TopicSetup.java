package dev.workshops.support.events;

import dev.workshops.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the platform's topics when they are missing: state topics compacted (the newest snapshot per key
 * survives, so a new consumer can rebuild its projection), announcements and dead letters kept by time.
 */
@ApplicationScoped
public class TopicSetup {

    private final String bootstrapServers;
    private final EventsConfig config;
    private volatile boolean done;

    public TopicSetup(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EventsConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /** Idempotent; a failure (broker away) is thrown and the next call tries again. */
    public void ensureCreated() {
        if (done) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    String policy = Topics.COMPACTED.contains(topic) ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
                    missing.add(new NewTopic(topic, config.partitions(), config.replicationFactor())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy)));
                }
                String deadLetters = Topics.deadLetterOf(topic);
                if (!existing.contains(deadLetters)) {
                    missing.add(new NewTopic(deadLetters, config.partitions(), config.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(TimeUnit.DAYS.toMillis(30)))));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().values().forEach(created -> {
                    try {
                        created.get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic: " + e.getMessage(), e);
                        }
                    }
                });
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka is not reachable to create topics: " + e.getMessage(), e);
        }
    }
}
