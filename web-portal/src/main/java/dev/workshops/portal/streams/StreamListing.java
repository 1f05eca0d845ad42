package dev.workshops.portal.streams;

import java.time.Instant;
import java.util.UUID;

/** A stream as attendees see it: never a URL. */
public record StreamListing(UUID sessionId, String title, Instant startsAt, Instant endsAt, String status,
        Instant joinOpensAt, Long viewers) {

    public boolean live() {
        return "LIVE".equals(status);
    }

    public String statusWords() {
        return switch (status) {
            case "LIVE" -> "Live now";
            case "SCHEDULED" -> "Upcoming";
            case "ENDED" -> "Ended";
            case "RECORDING" -> "Recording available";
            default -> status;
        };
    }

    /** Ended streams without a recording cannot be watched; the button is left out for them. */
    public boolean watchable() {
        return !"ENDED".equals(status);
    }
}
