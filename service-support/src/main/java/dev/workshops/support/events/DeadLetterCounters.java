package dev.workshops.support.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Exports {@code workshop_dlq_total} at 0 for every Kafka topic the service consumes, from its start: an alert on
 * its rate, or a panel over it, then has a series before the first message and before the first dead letter.
 */
@ApplicationScoped
public class DeadLetterCounters {

    static final String NAME = "workshop.dlq";
    private static final Pattern KAFKA_CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    void registerAtStart(@Observes StartupEvent started, Config config, MeterRegistry registry) {
        register(config, registry);
    }

    static void register(Config config, MeterRegistry registry) {
        consumedTopics(config).forEach(topic -> registry.counter(NAME, "topic", topic));
    }

    /** The topic of each incoming Kafka channel: its {@code topic} property, else, as SmallRye does, its name. */
    static Set<String> consumedTopics(Config config) {
        Set<String> topics = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            Matcher channel = KAFKA_CHANNEL.matcher(property);
            if (channel.matches() && "smallrye-kafka".equals(config.getOptionalValue(property, String.class).orElse(null))) {
                String name = channel.group(1);
                topics.add(config.getOptionalValue("mp.messaging.incoming." + name + ".topic", String.class).orElse(name));
            }
        }
        return topics;
    }
}
