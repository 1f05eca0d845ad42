package dev.workshops.portal.checkin;

/** What the desk shows: {@code admitted} in green, otherwise the service's sentence in red. */
public record Outcome(boolean admitted, String headline, String detail) {
}
