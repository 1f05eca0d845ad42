package dev.workshops.support.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.ContractViolation;
import dev.workshops.events.EventBodies;
import dev.workshops.events.CloudEventHeaders;
import dev.workshops.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies events exactly once in effect. For each message: checks the CloudEvents headers and reads the
 * body ({@link EventBodies#read}: absent newer fields take their documented defaults); then, in one database
 * transaction, records its {@code ce_id} as processed and applies it — a redelivery finds the id and does
 * nothing. A failing effect is retried a few times with back-off; a poison message (unreadable, unknown type,
 * a required field missing, a value outside its enum: {@code dlq-error} names the field and value) or one that
 * keeps failing goes to {@code <topic>.dlq} with the error in headers, and consumption goes on. The message is
 * acknowledged (its offset committed) only after that.
 *
 * <p>Use from an {@code @Incoming} method taking {@code Message<String>}:
 * {@code return events.consume(message, EventTypes.WORKSHOP_CHANGED, WorkshopChanged.class, this::apply);}
 * The effect runs inside the transaction; it must ignore snapshots older than the one it holds.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ObjectMapper json;
    private final EventProducer producer;
    private final EventsConfig config;
    private final MeterRegistry registry;

    public EventConsumer(ObjectMapper json, EventProducer producer, EventsConfig config, MeterRegistry registry) {
        this.json = json;
        this.producer = producer;
        this.config = config;
        this.registry = registry;
    }

    public <T> Uni<Void> consume(Message<String> message, String expectedType, Class<T> bodyType,
            Function<T, Uni<Void>> effect) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("EventConsumer reads Kafka messages only"));
        String topic = record.getTopic();
        UUID eventId;
        T body;
        try {
            eventId = eventIdOf(record);
            String type = header(record, CloudEventHeaders.TYPE);
            if (!expectedType.equals(type)) {
                throw new PoisonMessage("unexpected ce_type " + type + " (expected " + expectedType + ")", null);
            }
            body = EventBodies.read(json, bodyType, message.getPayload());
        } catch (ContractViolation violation) {
            return deadLetter(message, record, new PoisonMessage(expectedType + ": " + violation.getMessage(), violation));
        } catch (Exception unreadable) {
            return deadLetter(message, record, unreadable instanceof PoisonMessage poison ? poison
                    : new PoisonMessage("unreadable event: " + unreadable.getMessage(), unreadable));
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> firstDelivery(eventId, topic)
                        .flatMap(first -> first ? effect.apply(body).replaceWith("applied") : Uni.createFrom().item("duplicate"))))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).atMost(Math.max(0, config.consumerAttempts() - 1))
                .flatMap(outcome -> {
                    count(topic, outcome);
                    return Uni.createFrom().completionStage(message.ack());
                })
                .onFailure().recoverWithUni(failure -> deadLetter(message, record, failure));
    }

    private Uni<Boolean> firstDelivery(UUID eventId, String topic) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, topic) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> deadLetter(Message<String> message, IncomingKafkaRecordMetadata<?, ?> record, Throwable failure) {
        String topic = record.getTopic();
        LOG.warnf("dead-lettering %s[%d]@%d: %s", topic, record.getPartition(), record.getOffset(), failure.getMessage());
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetterOf(topic), null,
                record.getKey() == null ? null : record.getKey().toString(), message.getPayload());
        for (Header header : record.getHeaders()) {
            dead.headers().add(header);
        }
        dead.headers()
                .add("dlq-reason", bytes(failure instanceof PoisonMessage ? "poison" : "failed-after-retries"))
                .add("dlq-error", bytes(String.valueOf(failure.getMessage())))
                .add("dlq-error-class", bytes(rootOf(failure).getClass().getName()))
                .add("dlq-original-topic", bytes(topic))
                .add("dlq-original-partition", bytes(String.valueOf(record.getPartition())))
                .add("dlq-original-offset", bytes(String.valueOf(record.getOffset())));
        return Uni.createFrom().completionStage(() -> producer.send(dead))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5)
                .flatMap(sent -> {
                    count(topic, "dead_lettered");
                    registry.counter(DeadLetterCounters.NAME, "topic", topic).increment();
                    return Uni.createFrom().completionStage(message.ack());
                })
                // The dead-letter topic itself is unreachable: refuse the message so nothing is lost silently.
                .onFailure().recoverWithUni(unsent -> Uni.createFrom().completionStage(message.nack(unsent)));
    }

    private void count(String topic, String outcome) {
        registry.counter("workshop.events.consumed", "topic", topic, "outcome", outcome).increment();
    }

    private static UUID eventIdOf(IncomingKafkaRecordMetadata<?, ?> record) {
        String id = header(record, CloudEventHeaders.ID);
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new PoisonMessage("ce_id is not a UUID: " + id, e);
        }
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        if (header == null) {
            throw new PoisonMessage("missing header " + name, null);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
