package dev.workshops.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to the real broker the way a producing service would: CloudEvents binary mode, JSON body. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    /** Sends one fact and waits for the broker's acknowledgement; returns its {@code ce_id}. */
    public static String publish(String bootstrapServers, String topic, String key, String type, String source, Object body) {
        try {
            return publishRaw(bootstrapServers, topic, key, type, source, JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends an arbitrary body, e.g. a poison message. */
    public static String publishRaw(String bootstrapServers, String topic, String key, String type, String source, String body) {
        String id = UUID.randomUUID().toString();
        try {
            return KafkaClients.withOwnClassLoader(() -> {
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
                    record.headers()
                            .add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                            .add(CloudEventHeaders.ID, bytes(id))
                            .add(CloudEventHeaders.TYPE, bytes(type))
                            .add(CloudEventHeaders.SOURCE, bytes(source))
                            .add(CloudEventHeaders.SUBJECT, bytes(key))
                            .add(CloudEventHeaders.TIME, bytes(Instant.now().toString()))
                            .add(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
                    producer.send(record).get(30, TimeUnit.SECONDS);
                    return id;
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** A record as read back from a topic. */
    public record Received(String key, String value, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Every record of a topic, from its beginning up to its end at the time of the call, in partition order. */
    public static List<Received> readAll(String bootstrapServers, String topic) {
        try {
            return KafkaClients.withOwnClassLoader(() -> {
                try (var consumer = new KafkaConsumer<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
                    return readToTheEnd(consumer, topic);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not read " + topic, e);
        }
    }

    private static List<Received> readToTheEnd(KafkaConsumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        List<Received> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within 60 s");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                Map<String, String> headers = new LinkedHashMap<>();
                record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                received.add(new Received(record.key(), record.value(), headers));
            }
        }
        return received;
    }

    /**
     * Whether consumer group {@code group} has committed every record of {@code topic} published so far: it has
     * seen them all (whatever it made of them).
     */
    public static boolean consumedToTheEnd(String bootstrapServers, String group, String topic) {
        try {
            return KafkaClients.withOwnClassLoader(() -> {
                try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                    admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                    return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                            || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset()));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + group + " on " + topic, e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
