package dev.workshops.infra;

/**
 * Whether the embedded servers keep what they are given. One choice for {@link PostgresServer}, {@link KafkaBroker}
 * and {@link KeycloakServer} together, so a stack is never half durable.
 */
public enum Durability {

    /**
     * For tests and benchmarks: PostgreSQL without fsync and with asynchronous commit, its data directory deleted
     * when it stops; Kafka flushing when the operating system likes; Keycloak's database in memory. Fast, and a
     * power cut or a stop loses everything.
     */
    OFF,

    /**
     * For people: PostgreSQL with fsync and synchronous commit, its data directory kept and reused; Kafka syncing
     * each append to disk before it answers; Keycloak's database in a file. What was acknowledged survives a restart
     * and a power cut.
     */
    ON;

    public boolean keepsData() {
        return this == ON;
    }
}
