package dev.workshops.benchmark;

/** Where `deploy/local/stack up` runs each part (the same port variables as the stack). */
final class Stack {

    static final String REGISTRATION = local("WORKSHOP_REGISTRATION_PORT", 8081);
    static final String SCHEDULE = local("WORKSHOP_SCHEDULE_PORT", 8082);
    static final String NOTIFICATION = local("WORKSHOP_NOTIFICATION_PORT", 8083);
    static final String STREAMING = local("WORKSHOP_STREAMING_PORT", 8084);
    static final String SUBMISSIONS = local("WORKSHOP_SUBMISSIONS_PORT", 8085);
    static final String ISSUER = "http://localhost:" + port("WORKSHOP_KEYCLOAK_PORT", 8180) + "/realms/workshop";
    static final String SMTP_API = local("WORKSHOP_SMTP_API_PORT", 8025);
    static final String KAFKA = "127.0.0.1:" + port("WORKSHOP_KAFKA_PORT", 9092);
    static final int POSTGRES_PORT = port("WORKSHOP_POSTGRES_PORT", 15432);

    private Stack() {
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + POSTGRES_PORT + "/" + database;
    }

    private static String local(String variable, int defaultPort) {
        return "http://127.0.0.1:" + port(variable, defaultPort);
    }

    private static int port(String variable, int defaultPort) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? defaultPort : Integer.parseInt(value.strip());
    }
}
