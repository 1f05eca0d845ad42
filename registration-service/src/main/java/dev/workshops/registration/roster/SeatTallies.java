package dev.workshops.registration.roster;

import dev.workshops.events.RegistrationChanged;
import dev.workshops.registration.seats.SeatCounter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts places per workshop and mode: for the organizer's stats and for the {@code workshop_seats} gauge. */
@ApplicationScoped
public class SeatTallies {

    private record Count(String workshopId, String mode, String status, long registrations, long checkedIn) {
    }

    /** Every workshop with a policy; call inside a session. */
    public Uni<List<SeatTally>> all() {
        return tallies(null);
    }

    /** One workshop's modes (none before its policy is set); call inside a session. */
    public Uni<List<SeatTally>> of(String workshopId) {
        return tallies(workshopId);
    }

    private static Uni<List<SeatTally>> tallies(String workshopId) {
        String onlyWorkshop = workshopId == null ? "" : " and r.workshopId = :workshop";
        return Panache.getSession().flatMap(session -> {
            var counts = session.createSelectionQuery("""
                            select r.workshopId, r.mode, r.status, count(r), count(r.checkedInAt)
                            from Registration r where r.status <> 'CANCELLED'""" + onlyWorkshop
                            + " group by r.workshopId, r.mode, r.status", Object[].class);
            var counters = session.createSelectionQuery("from SeatCounter c where 1 = 1"
                    + (workshopId == null ? "" : " and c.workshopId = :workshop"), SeatCounter.class);
            if (workshopId != null) {
                counts.setParameter("workshop", workshopId);
                counters.setParameter("workshop", workshopId);
            }
            // One query at a time on a reactive session.
            return counts.getResultList().flatMap(rows -> counters.getResultList().map(seats -> {
                Map<SeatCounter.Key, List<Count>> byMode = new HashMap<>();
                for (Object[] row : rows) {
                    Count count = new Count((String) row[0], (String) row[1], (String) row[2], (Long) row[3], (Long) row[4]);
                    byMode.computeIfAbsent(new SeatCounter.Key(count.workshopId(), count.mode()), k -> new ArrayList<>()).add(count);
                }
                List<SeatTally> tallies = new ArrayList<>();
                for (SeatCounter seat : seats) {
                    tallies.add(tallyOf(seat, byMode.getOrDefault(new SeatCounter.Key(seat.workshopId, seat.mode), List.of())));
                }
                return tallies;
            }));
        });
    }

    private static SeatTally tallyOf(SeatCounter seat, List<Count> counts) {
        long confirmed = 0;
        long offered = 0;
        long waitlisted = 0;
        long checkedIn = 0;
        for (Count count : counts) {
            switch (RegistrationChanged.Status.valueOf(count.status())) {
                case CONFIRMED -> confirmed = count.registrations();
                case OFFERED -> offered = count.registrations();
                case WAITLISTED -> waitlisted = count.registrations();
                case CANCELLED -> { }
            }
            checkedIn += count.checkedIn();
        }
        return new SeatTally(seat.workshopId, seat.mode, seat.capacity, confirmed, offered, waitlisted, checkedIn);
    }
}
