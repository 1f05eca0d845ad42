package dev.workshops.registration.roster;

import dev.workshops.registration.registration.Registration;
import java.util.List;

/** api.md's stats: {@code {inPerson:{capacity,confirmed,offered,waitlisted,checkedIn}, virtual:{capacity,confirmed,waitlisted}}}. */
public record RegistrationStats(InPerson inPerson, Virtual virtual) {

    /** {@code capacity} null: unlimited. */
    public record InPerson(Integer capacity, long confirmed, long offered, long waitlisted, long checkedIn) {
    }

    public record Virtual(Integer capacity, long confirmed, long waitlisted) {
    }

    static RegistrationStats of(List<SeatTally> tallies) {
        SeatTally inPerson = find(tallies, Registration.IN_PERSON);
        SeatTally virtual = find(tallies, Registration.VIRTUAL);
        return new RegistrationStats(
                new InPerson(inPerson.capacity(), inPerson.confirmed(), inPerson.offered(), inPerson.waitlisted(), inPerson.checkedIn()),
                new Virtual(virtual.capacity(), virtual.confirmed(), virtual.waitlisted()));
    }

    private static SeatTally find(List<SeatTally> tallies, String mode) {
        return tallies.stream().filter(t -> t.mode().equals(mode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seat counter for " + mode));
    }
}
