package dev.workshops.notification.message;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The page of the web portal a notice is about, as its email names and links it. {@code template}'s parameters are
 * filled with {@code values}, each percent-encoded; a schedule page opens in the reader's zone ({@code zoned}).
 */
public record PortalPage(String label, String template, List<String> values, String fragment, boolean zoned) {

    public PortalPage {
        values = List.copyOf(values);
    }

    public static PortalPage workshop(String workshopId) {
        return new PortalPage("The workshop's page", "/workshops/{id}", List.of(workshopId), null, true);
    }

    public static PortalPage registration(String workshopId) {
        return new PortalPage("Your registration", "/workshops/{id}/registration", List.of(workshopId), null, false);
    }

    /** The registration page, which shows the ticket and its QR code. */
    public static PortalPage ticket(String workshopId) {
        return new PortalPage("Your ticket and its QR code", "/workshops/{id}/registration", List.of(workshopId), null, false);
    }

    public static PortalPage schedule(String workshopId) {
        return new PortalPage("The schedule", "/workshops/{id}", List.of(workshopId), "schedule", true);
    }

    public static PortalPage session(String workshopId, UUID sessionId) {
        return new PortalPage("The session in the schedule", "/workshops/{id}", List.of(workshopId), "s-" + sessionId, true);
    }

    public static PortalPage streams(String workshopId) {
        return new PortalPage("The streams (press Join to watch)", "/workshops/{id}/streams", List.of(workshopId), null, false);
    }

    public static PortalPage mentoring(String workshopId) {
        return new PortalPage("Your mentoring bookings", "/workshops/{id}/mentoring", List.of(workshopId), null, false);
    }

    public static PortalPage submission(String workshopId, UUID submissionId) {
        return new PortalPage("The submission", "/workshops/{id}/submissions/{sid}", List.of(workshopId, submissionId.toString()), null,
                false);
    }

    public static PortalPage cameraReady(String workshopId, UUID submissionId) {
        return new PortalPage("The camera-ready", "/workshops/{id}/submissions/{sid}/camera-ready",
                List.of(workshopId, submissionId.toString()), null, false);
    }

    /** Where a person sets what they are sent by email, and their time zone. */
    public static PortalPage preferences() {
        return new PortalPage("Your email preferences", "/notifications", List.of(), "preferences", false);
    }

    /** This page on the portal at {@code base}; {@code zone}, if any, is the reader's own (a schedule opens in it). */
    public URI on(URI base, ZoneId zone) {
        UriBuilder uri = UriBuilder.fromUri(base).path(template);
        if (zoned && zone != null) {
            uri.queryParam("tz", zone.getId());
        }
        if (fragment != null) {
            uri.fragment(fragment);
        }
        return uri.build(values.toArray());
    }
}
