package dev.workshops.portal.services;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * Where the services answer, as the portal reaches them (server side): one per service the portal calls in
 * infra-servers' {@code ServiceCatalogue}, read from that service's {@code WORKSHOP_<NAME>_URL} (platform-tests'
 * {@code DeploymentsTest} keeps the two lists equal).
 */
@ConfigMapping(prefix = "workshop.portal.services")
public interface ServicesConfig {

    String registration();

    String schedule();

    String notification();

    String streaming();

    String submissions();

    /** How long one call may take before the page says the service cannot be reached. */
    Duration timeout();

    /** How long passing a paper's PDF on (up or down) may take: the service checks it before it answers. */
    Duration uploadTimeout();
}
