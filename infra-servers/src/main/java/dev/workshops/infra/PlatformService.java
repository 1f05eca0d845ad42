package dev.workshops.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A service module of the platform: its database (none for the web portal), the variable naming its port, and its
 * default port.
 */
public record PlatformService(String name, String database, String portVariable, int defaultPort) {

    public static final PlatformService REGISTRATION = new PlatformService("registration-service", "registration", "WORKSHOP_REGISTRATION_PORT", 8081);
    public static final PlatformService SCHEDULE = new PlatformService("schedule-service", "schedule", "WORKSHOP_SCHEDULE_PORT", 8082);
    public static final PlatformService NOTIFICATION = new PlatformService("notification-service", "notification", "WORKSHOP_NOTIFICATION_PORT", 8083);
    public static final PlatformService STREAMING = new PlatformService("streaming-service", "streaming", "WORKSHOP_STREAMING_PORT", 8084);

    public static final List<PlatformService> ALL = List.of(REGISTRATION, SCHEDULE, NOTIFICATION, STREAMING);

    /** The attendees' web pages: no database, no Kafka; it calls the four services above with people's tokens. */
    public static final PlatformService PORTAL = new PlatformService("web-portal", null, "WORKSHOP_PORTAL_PORT", 8080);

    /**
     * What the portal is told besides the wiring: where each service answers ({@code WORKSHOP_SCHEDULE_URL}, ...)
     * and the key that encrypts its session cookies.
     */
    public static Map<String, String> portalEnvironment(Function<PlatformService, String> urlOf, String sessionKey) {
        Map<String, String> env = new LinkedHashMap<>();
        for (PlatformService service : ALL) {
            env.put("WORKSHOP_" + service.database().toUpperCase(Locale.ROOT) + "_URL", urlOf.apply(service));
        }
        env.put("WORKSHOP_PORTAL_SECRET", sessionKey);
        return env;
    }

    /** The runnable the module's build packaged ({@code ./mvnw package} or later). */
    public Path packagedJar() {
        return InfraLocations.projectRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
