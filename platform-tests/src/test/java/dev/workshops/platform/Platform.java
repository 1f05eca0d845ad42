package dev.workshops.platform;

import dev.workshops.infra.PlatformService;
import dev.workshops.infra.Ports;
import dev.workshops.infra.PrometheusServer;
import dev.workshops.infra.ServiceCatalogue;
import dev.workshops.infra.ServiceProcess;
import dev.workshops.infra.SmtpSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform for this test JVM, started once on first use: real PostgreSQL, Kafka, Keycloak and SMTP,
 * the four packaged services and the packaged web portal as separate processes (as {@code deploy/local/stack}
 * runs them), and Prometheus scraping the services every second with the platform's alert rules.
 */
final class Platform {

    private static final Path WORK_DIR = Path.of("target", "platform").toAbsolutePath();
    private static Platform running;

    final String issuer;
    final String kafka;
    final SmtpSink smtp;
    final PrometheusServer prometheus;
    private final Map<Service, ServiceProcess> services;
    private final ServiceProcess portal;

    /** The services by a short name, for readable tests. */
    enum Service {
        REGISTRATION(ServiceCatalogue.REGISTRATION), SCHEDULE(ServiceCatalogue.SCHEDULE),
        NOTIFICATION(ServiceCatalogue.NOTIFICATION), STREAMING(ServiceCatalogue.STREAMING), SUBMISSIONS(ServiceCatalogue.SUBMISSIONS);

        final PlatformService module;

        Service(PlatformService module) {
            this.module = module;
        }
    }

    private Platform(String issuer, String kafka, SmtpSink smtp, Map<Service, ServiceProcess> services, ServiceProcess portal,
            PrometheusServer prometheus) {
        this.issuer = issuer;
        this.kafka = kafka;
        this.smtp = smtp;
        this.services = services;
        this.portal = portal;
        this.prometheus = prometheus;
    }

    static synchronized Platform get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "platform-stop"));
        }
        return running;
    }

    String url(Service service) {
        return services.get(service).url();
    }

    /** The portal as a browser opens it: at localhost, the host Keycloak's issuer and redirect URIs use. */
    String portalUrl() {
        return "http://localhost:" + portal.port();
    }

    private static Platform start() {
        RealServers servers = RealServers.start();
        ServiceProcess.Wiring wiring = servers.wiring();

        Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, ServiceProcess.start(service.module, Ports.free(), wiring,
                    // Reminders and seat gauges every second, so the story needs no long waits; an email the mail
                    // server refuses is FAILED after three attempts within seconds (production retries for hours).
                    Map.of("WORKSHOP_NOTIFICATION_REMINDERS_SWEEP", "1s", "WORKSHOP_REGISTRATION_SEAT_GAUGE_REFRESH", "1s",
                            "WORKSHOP_NOTIFICATION_DELIVERY_MAX_ATTEMPTS", "3", "WORKSHOP_NOTIFICATION_DELIVERY_FIRST_RETRY", "PT2S"),
                    WORK_DIR.resolve("logs/" + service.module.name() + ".log")));
        }
        services.values().forEach(ServiceProcess::awaitReady);
        Map<PlatformService, String> urls = new LinkedHashMap<>();
        services.values().forEach(service -> urls.put(service.service(), service.url()));
        PlatformService portalModule = ServiceCatalogue.PORTAL;
        ServiceProcess portal = ServiceProcess.start(portalModule, Ports.free(), wiring.withServiceUrls(urls), Map.of(),
                WORK_DIR.resolve("logs/" + portalModule.name() + ".log")).awaitReady();

        List<ServiceProcess> scraped = new ArrayList<>(services.values());
        scraped.add(portal);
        PrometheusServer prometheus = PrometheusServer.start(WORK_DIR.resolve("prometheus"), Ports.free(), scraped, Duration.ofSeconds(1));
        return new Platform(servers.issuer(), servers.kafka().bootstrapServers(), servers.smtp(), services, portal, prometheus);
    }

    /** Prometheus first: it is no JVM watching its parent, so it must not wait behind the services' shutdown. */
    private void stop() {
        prometheus.close();
        portal.close();
        services.values().parallelStream().forEach(ServiceProcess::close);
    }
}
