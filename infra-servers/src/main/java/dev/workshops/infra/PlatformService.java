package dev.workshops.infra;

import java.nio.file.Path;
import java.util.List;

/** A service module of the platform: its database, the variable naming its port, and its default port. */
public record PlatformService(String name, String database, String portVariable, int defaultPort) {

    public static final PlatformService REGISTRATION = new PlatformService("registration-service", "registration", "WORKSHOP_REGISTRATION_PORT", 8081);
    public static final PlatformService SCHEDULE = new PlatformService("schedule-service", "schedule", "WORKSHOP_SCHEDULE_PORT", 8082);
    public static final PlatformService NOTIFICATION = new PlatformService("notification-service", "notification", "WORKSHOP_NOTIFICATION_PORT", 8083);
    public static final PlatformService STREAMING = new PlatformService("streaming-service", "streaming", "WORKSHOP_STREAMING_PORT", 8084);

    public static final List<PlatformService> ALL = List.of(REGISTRATION, SCHEDULE, NOTIFICATION, STREAMING);

    /** The runnable the module's build packaged ({@code ./mvnw package} or later). */
    public Path packagedJar() {
        return InfraLocations.projectRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
