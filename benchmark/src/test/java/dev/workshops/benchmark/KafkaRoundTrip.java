package dev.workshops.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own ceiling for fact propagation, on the same machine in the same run: a plain producer
 * ({@code acks=all}, no linger) sends one message at a time to a topic of its own, and a plain consumer with
 * Kafka's default fetch settings receives it; the time from send to receipt of each.
 */
final class KafkaRoundTrip {

    private KafkaRoundTrip() {
    }

    static Figures measure(int messages) {
        Figures roundTrips = new Figures("Kafka produce -> consume (plain client)");
        String topic = "bench-round-trip-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                consumer.poll(Duration.ZERO);
                // The first few warm both clients up (metadata, connections, fetch session): not counted.
                int warmUp = 20;
                for (int i = 0; i < warmUp + messages; i++) {
                    long sent = System.nanoTime();
                    producer.send(new ProducerRecord<>(topic, "key", "message " + i)).get();
                    awaitOne(consumer);
                    if (i >= warmUp) {
                        roundTrips.record(sent, System.nanoTime());
                    }
                }
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot measure Kafka's round trip at " + Stack.KAFKA, e);
        }
        return roundTrips;
    }

    private static void awaitOne(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int received = 0;
        while (received == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a message sent was not received within 10 s");
            }
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
            received = records.count();
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }
}
