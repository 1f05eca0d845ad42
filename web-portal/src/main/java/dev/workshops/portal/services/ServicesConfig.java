package dev.workshops.portal.services;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where the four services answer, as the portal reaches them (server side). */
@ConfigMapping(prefix = "workshop.portal.services")
public interface ServicesConfig {

    String registration();

    String schedule();

    String notification();

    String streaming();

    /** How long one call may take before the page says the service cannot be reached. */
    Duration timeout();
}
