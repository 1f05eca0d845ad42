package dev.workshops.portal.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Which parts of the console a signed-in person sees, from their realm roles (read in templates as
 * {@code inject:console}). It only decides what is shown: each service decides what the person may do. The
 * organizer's operations pages (roster, streams, announcements, delivery log) and the mentor's slots also refuse
 * other roles themselves, with {@code @RolesAllowed}: the streams list, say, answers attendees too.
 */
@Named("console")
@RequestScoped
public class ConsoleAccess {

    private final SecurityIdentity identity;

    public ConsoleAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Organizers run every workshop: the services know no per-workshop organizers. */
    public boolean organizer() {
        return identity.hasRole("organizer");
    }

    /** Program chairs hold the realm role {@code organizer}, as submissions-service has it. */
    public boolean chair() {
        return organizer();
    }

    /** Mentors publish and cancel their own mentoring slots and see who booked them. */
    public boolean mentor() {
        return identity.hasRole("mentor");
    }

    /** True when any part of the console is for this person. */
    public boolean any() {
        return organizer() || chair() || mentor();
    }
}
