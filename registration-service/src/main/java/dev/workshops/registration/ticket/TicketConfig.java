package dev.workshops.registration.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

public class TicketConfig {

    @Produces
    @ApplicationScoped
    TicketCodes ticketCodes(@ConfigProperty(name = "workshop.registration.ticket-key") String key) {
        return new TicketCodes(key);
    }
}
