package dev.workshops.support.events;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "workshop.events")
public interface EventsConfig {

    /** CloudEvents {@code ce_source} of what this service publishes, e.g. {@code /registration-service}. */
    String source();

    /** Partitions of the topics this service creates when they are missing. */
    int partitions();

    short replicationFactor();

    /** Most outbox rows one relay pass publishes before it commits their marks. */
    int relayBatchSize();

    /** How often the relay sweeps the outbox besides being woken by NOTIFY, e.g. {@code 2s}. */
    String relaySweep();

    /** How many times a consumer tries to apply an event before it goes to the dead-letter topic. */
    int consumerAttempts();

    /** How long a sent outbox row is kept (nothing reads it; it is there to look at). */
    java.time.Duration sentOutboxRetention();

    /** How long an applied event's id is kept to refuse its redelivery ({@link Housekeeping} says why it is enough). */
    java.time.Duration processedEventRetention();

    /** How often {@link Housekeeping} runs, e.g. {@code 10m}. */
    String housekeepingEvery();

    /** Most rows one housekeeping statement deletes. */
    int housekeepingBatchSize();
}
