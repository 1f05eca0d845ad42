package dev.workshops.portal.console.roster;

/**
 * A workshop's live counts ({@code GET /api/workshops/{id}/registrations/stats}), counted by registration-service
 * from the registrations on each call; a capacity of null is unlimited.
 */
public record Counts(InPerson inPerson, Virtual virtual) {

    public record InPerson(Integer capacity, long confirmed, long offered, long waitlisted, long checkedIn) {

        /** Seats neither confirmed nor offered; null when unlimited. */
        public Long free() {
            return capacity == null ? null : Math.max(0, capacity - confirmed - offered);
        }
    }

    public record Virtual(Integer capacity, long confirmed, long waitlisted) {

        public Long free() {
            return capacity == null ? null : Math.max(0, capacity - confirmed);
        }
    }
}
