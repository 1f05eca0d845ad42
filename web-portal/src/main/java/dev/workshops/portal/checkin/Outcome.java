package dev.workshops.portal.checkin;

import dev.workshops.portal.services.ServiceProblem;
import java.time.Instant;

/**
 * What the desk shows: {@code admitted} in green, otherwise the service's sentence in red. A second check-in
 * carries the first one's time instead, which the page writes in the viewer's zone.
 */
public record Outcome(boolean admitted, String headline, String detail, Instant checkedInAt) {

    static Outcome admitted(String name) {
        return new Outcome(true, "Checked in", name + " — welcome!", null);
    }

    static Outcome refused(ServiceProblem problem) {
        Instant first = problem.member("checkedInAt").map(Instant::parse).orElse(null);
        String headline = switch (problem.status()) {
            case 409 -> first != null ? "Already checked in" : "Not admitted";
            case 400 -> "Not a valid ticket";
            case 404 -> "Unknown ticket";
            case 403 -> "Not allowed";
            default -> "Try again";
        };
        return new Outcome(false, headline, problem.sentence(), first);
    }
}
