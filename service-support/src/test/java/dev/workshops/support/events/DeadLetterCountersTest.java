package dev.workshops.support.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class DeadLetterCountersTest {

    private static final Config CONFIG = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
            "mp.messaging.incoming.registrations.connector", "smallrye-kafka",
            "mp.messaging.incoming.registrations.topic", "registrations",
            "mp.messaging.incoming.workshop-facts.connector", "smallrye-kafka",
            "mp.messaging.incoming.workshop-facts.topic", "workshops",
            "mp.messaging.incoming.streams.connector", "smallrye-kafka",
            "mp.messaging.incoming.probe.connector", "smallrye-in-memory",
            "mp.messaging.outgoing.outbox.connector", "smallrye-kafka",
            "mp.messaging.outgoing.outbox.topic", "sent-elsewhere"), "test", 100)).build();

    @Test
    void everyConsumedKafkaTopicHasItsCounterAtZeroBeforeAnyMessage() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        DeadLetterCounters.register(CONFIG, registry);

        Set<String> counted = registry.find(DeadLetterCounters.NAME).counters().stream()
                .map(counter -> counter.getId().getTag("topic")).collect(Collectors.toSet());
        assertEquals(Set.of("registrations", "workshops", "streams"), counted,
                "a channel without a topic property consumes the topic of its name; other connectors and outgoing channels are not consumers");
        Counter registrations = registry.find(DeadLetterCounters.NAME).tag("topic", "registrations").counter();
        assertNotNull(registrations);
        assertEquals(0.0, registrations.count());
    }
}
