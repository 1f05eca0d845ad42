package dev.workshops.infra;

import static dev.workshops.events.Topics.ANNOUNCEMENTS;
import static dev.workshops.events.Topics.CALLS;
import static dev.workshops.events.Topics.MENTORING_BOOKINGS;
import static dev.workshops.events.Topics.REGISTRATIONS;
import static dev.workshops.events.Topics.SCHEDULE_RELEASES;
import static dev.workshops.events.Topics.STARS;
import static dev.workshops.events.Topics.STREAMS;
import static dev.workshops.events.Topics.WORKSHOPS;

import dev.workshops.events.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every module the platform runs, in start order: the one place a new service is added. The local stack and the
 * platform tests start what it lists; platform-tests' {@code DeploymentsTest} fails while Compose, Kubernetes,
 * Prometheus, the PostgreSQL init script or a module's own configuration disagree with it.
 */
public record ServiceCatalogue(List<PlatformService> services) {

    public static final PlatformService REGISTRATION = PlatformService.quarkus("registration-service", 8081, "WORKSHOP_REGISTRATION_PORT")
            .withDatabase("registration").producing(REGISTRATIONS).consuming(WORKSHOPS).withSecrets("WORKSHOP_TICKET_KEY");
    public static final PlatformService SCHEDULE = PlatformService.quarkus("schedule-service", 8082, "WORKSHOP_SCHEDULE_PORT")
            .withDatabase("schedule").producing(WORKSHOPS, SCHEDULE_RELEASES, STARS, MENTORING_BOOKINGS).consuming(REGISTRATIONS, CALLS, Topics.SUBMISSIONS);
    public static final PlatformService NOTIFICATION = PlatformService.quarkus("notification-service", 8083, "WORKSHOP_NOTIFICATION_PORT")
            .withDatabase("notification").producing(ANNOUNCEMENTS)
            .consuming(WORKSHOPS, REGISTRATIONS, SCHEDULE_RELEASES, STARS, ANNOUNCEMENTS, MENTORING_BOOKINGS, STREAMS, Topics.SUBMISSIONS,
                    Topics.REVIEW_ASSIGNMENTS)
            .sendingMail().withSecrets("WORKSHOP_UNSUBSCRIBE_KEY");
    public static final PlatformService STREAMING = PlatformService.quarkus("streaming-service", 8084, "WORKSHOP_STREAMING_PORT")
            .withDatabase("streaming").producing(STREAMS).consuming(SCHEDULE_RELEASES, REGISTRATIONS).withSecrets("WORKSHOP_WATCH_KEY");
    /**
     * Calls for papers, submissions and their peer review; it hears of workshops to refuse a call for one it does not
     * know.
     */
    public static final PlatformService SUBMISSIONS = PlatformService.quarkus("submissions-service", 8085, "WORKSHOP_SUBMISSIONS_PORT")
            .withDatabase("submissions").producing(CALLS, Topics.SUBMISSIONS, Topics.REVIEW_ASSIGNMENTS).consuming(WORKSHOPS);

    /** The attendees' web pages: no database, no Kafka; it calls the services with people's tokens. */
    public static final PlatformService PORTAL = PlatformService.quarkus("web-portal", 8080, "WORKSHOP_PORTAL_PORT")
            .withoutMetrics().withSecrets("WORKSHOP_PORTAL_SECRET").calling(REGISTRATION, SCHEDULE, NOTIFICATION, STREAMING, SUBMISSIONS);

    public static final ServiceCatalogue PLATFORM = new ServiceCatalogue(List.of(REGISTRATION, SCHEDULE, NOTIFICATION, STREAMING, SUBMISSIONS, PORTAL));

    public ServiceCatalogue {
        services = List.copyOf(services);
    }

    /** This catalogue and one more service (a test's way to show that every check notices a new entry). */
    public ServiceCatalogue with(PlatformService extra) {
        List<PlatformService> more = new ArrayList<>(services);
        more.add(extra);
        return new ServiceCatalogue(more);
    }

    public List<String> databases() {
        return services.stream().filter(PlatformService::hasDatabase).map(PlatformService::database).toList();
    }

    public List<PlatformService> withMetrics() {
        return services.stream().filter(PlatformService::exportsMetrics).toList();
    }

    /** Every topic some service produces or consumes. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        services.forEach(service -> topics.addAll(service.topics()));
        return topics;
    }

    /** The variables of every key some service reads (the database's credentials are the database's). */
    public Set<String> secrets() {
        Set<String> secrets = new LinkedHashSet<>();
        services.forEach(service -> secrets.addAll(service.secrets()));
        return secrets;
    }

    public PlatformService named(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in the catalogue"));
    }
}
