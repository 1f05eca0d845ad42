package dev.workshops.schedule.mentoring;

import dev.workshops.events.EventTypes;
import dev.workshops.events.MentoringBookingChanged;
import dev.workshops.events.Topics;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.calls.KnownCall;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.registrations.AttendeeKey;
import dev.workshops.support.registrations.HeldRegistration;
import dev.workshops.support.security.Caller;
import dev.workshops.support.validation.WebUrls;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mentoring slots and bookings. Locks, always in this order: the person's lock in the workshop (a transaction-scoped
 * advisory lock: it serialises one person's bookings, so overlap and limit checks hold, whether or not they have a
 * registration), their registration row for an ATTENDEES slot, then the slot (it serialises its seats: never
 * overbooked), then its bookings.
 */
@ApplicationScoped
public class MentoringService {

    private final Outbox outbox;
    private final MeterRegistry registry;
    private final int maxBookings;
    private final Clock clock;

    public MentoringService(Outbox outbox, MeterRegistry registry, Clock clock,
            @ConfigProperty(name = "workshop.schedule.max-mentoring-bookings") int maxBookings) {
        this.outbox = outbox;
        this.registry = registry;
        this.maxBookings = maxBookings;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SlotView> createSlot(String workshopId, Caller mentor, SlotRequest request) {
        return Workshop.existing(workshopId).flatMap(workshop -> {
            check(workshop, request);
            Instant starts = request.startsAt().toInstant();
            Instant ends = request.endsAt().toInstant();
            return MentoringSlot.<MentoringSlot>find("workshopId = ?1 and mentorId = ?2 and status = ?3 and startsAt < ?4 and endsAt > ?5",
                            workshopId, mentor.id(), MentoringSlot.OPEN, ends, starts).firstResult()
                    .flatMap(clash -> {
                        if (clash != null) {
                            throw ProblemException.conflict("You already offer '" + clash.topic + "' at that time.")
                                    .with("conflictingSlot", clash.id);
                        }
                        MentoringSlot slot = new MentoringSlot();
                        slot.id = UUID.randomUUID();
                        slot.workshopId = workshopId;
                        slot.mentorId = mentor.id();
                        slot.mentorEmail = mentor.email();
                        slot.mentorName = mentor.name();
                        slot.startsAt = starts;
                        slot.endsAt = ends;
                        slot.topic = request.topic().strip();
                        slot.capacity = request.capacityOrDefault();
                        slot.format = request.format().name();
                        slot.meetingUrl = request.format() == SlotRequest.Format.ONLINE ? request.meetingUrl().strip() : null;
                        slot.location = request.format() == SlotRequest.Format.IN_PERSON ? request.location().strip() : null;
                        slot.status = MentoringSlot.OPEN;
                        slot.audience = request.audienceOrDefault();
                        slot.createdAt = clock.instant();
                        return slot.<MentoringSlot>persist().map(saved -> SlotView.of(saved, 0L, false, true, workshop.zone()));
                    });
        });
    }

    /**
     * The workshop's open slots in time order; {@code available} keeps those not full, not started and, for AUTHORS
     * slots, while the call is open.
     */
    @WithSession
    public Uni<List<SlotView>> slots(String workshopId, Caller caller, boolean available) {
        Instant now = clock.instant();
        return Workshop.existing(workshopId).flatMap(workshop -> MentoringSlot.<MentoringSlot>find(
                        "workshopId = ?1 and status = ?2 order by startsAt", workshopId, MentoringSlot.OPEN).list()
                .flatMap(slots -> bookedCounts(workshopId).flatMap(counts -> bookedSlotsOf(workshopId, caller.id())
                        .flatMap(mine -> KnownCall.<KnownCall>findById(workshopId).map(call -> slots.stream()
                                .filter(slot -> !available || (counts.getOrDefault(slot.id, 0L) < slot.capacity && slot.startsAt.isAfter(now)
                                        && (slot.audience == MentoringSlot.Audience.ATTENDEES || (call != null && call.isOpenAt(now)))))
                                .map(slot -> SlotView.of(slot, counts.getOrDefault(slot.id, 0L), mine.contains(slot.id),
                                        mine.contains(slot.id) || slot.mentorId.equals(caller.id()), workshop.zone()))
                                .toList())))));
    }

    /**
     * The open slots of a workshop with who booked each, in time order: the caller's own slots, or every mentor's
     * for an organizer (who may cancel any slot, so sees whom that would tell).
     */
    @WithSession
    public Uni<List<MentorSlotView>> slotsWithBookings(String workshopId, Caller caller, boolean organizer) {
        String query = "workshopId = ?1 and status = ?2" + (organizer ? "" : " and mentorId = ?3") + " order by startsAt, id";
        Object[] parameters = organizer ? new Object[] {workshopId, MentoringSlot.OPEN}
                : new Object[] {workshopId, MentoringSlot.OPEN, caller.id()};
        return Workshop.existing(workshopId).flatMap(workshop -> MentoringSlot.<MentoringSlot>find(query, parameters).list()
                .flatMap(slots -> MentoringBooking.<MentoringBooking>find(
                                "workshopId = ?1 and status = ?2 order by createdAt, id", workshopId, MentoringBooking.BOOKED).list()
                        .map(bookings -> {
                            Map<UUID, List<MentorSlotView.Booker>> bySlot = new HashMap<>();
                            bookings.forEach(booking -> bySlot.computeIfAbsent(booking.slotId, slot -> new ArrayList<>())
                                    .add(MentorSlotView.Booker.of(booking)));
                            return slots.stream().map(slot -> {
                                List<MentorSlotView.Booker> booked = bySlot.getOrDefault(slot.id, List.of());
                                // The meeting link stays the mentor's and the booked people's, as in every slot answer.
                                return new MentorSlotView(SlotView.of(slot, (long) booked.size(), false,
                                        slot.mentorId.equals(caller.id()), workshop.zone()), List.copyOf(booked));
                            }).toList();
                        })));
    }

    /**
     * Books a seat: the slot's audience (an active registration, or the call open for AUTHORS), a slot still taking
     * bookings, a free seat, then the person's own limits.
     */
    @WithTransaction
    public Uni<BookingView> book(UUID slotId, Caller attendee) {
        return existingSlot(slotId)
                .call(found -> lockPerson(found.workshopId, attendee.id()))
                .call(found -> found.audience == MentoringSlot.Audience.AUTHORS
                        ? requireOpenCall(found.workshopId) : lockActiveRegistration(found.workshopId, attendee))
                .flatMap(found -> lockSlotTakingBookings(slotId))
                .flatMap(slot -> requireFreeSeat(slot)
                        .flatMap(free -> heldBy(slot.workshopId, attendee.id()))
                        .invoke(held -> checkAgainst(held, slot))
                        .flatMap(held -> create(slot, attendee)));
    }

    @WithTransaction
    public Uni<Void> cancelSlot(UUID slotId, Caller caller, boolean organizer) {
        return MentoringSlot.<MentoringSlot>findById(slotId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notFound(slotId))
                .flatMap(slot -> {
                    if (!organizer && !slot.mentorId.equals(caller.id())) {
                        throw ProblemException.forbidden("Only the slot's mentor or an organizer may cancel it.");
                    }
                    if (!slot.isOpen()) {
                        return Uni.createFrom().voidItem();
                    }
                    slot.status = MentoringSlot.CANCELLED;
                    return MentoringBooking.<MentoringBooking>find("slotId = ?1 and status = ?2", slotId, MentoringBooking.BOOKED)
                            .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                            .flatMap(bookings -> Multi.createFrom().iterable(bookings)
                                    .onItem().transformToUniAndConcatenate(booking -> {
                                        booking.cancel(clock.instant());
                                        return publish(booking, slot, MentoringBookingChanged.Reason.CANCELLED_BY_MENTOR);
                                    })
                                    .collect().last().replaceWithVoid());
                });
    }

    @WithTransaction
    public Uni<Void> cancelBooking(UUID bookingId, Caller attendee) {
        return MentoringBooking.<MentoringBooking>findById(bookingId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no booking " + bookingId + "."))
                .flatMap(booking -> {
                    if (!booking.attendeeId.equals(attendee.id())) {
                        throw ProblemException.forbidden("This is someone else's booking.");
                    }
                    return MentoringSlot.<MentoringSlot>findById(booking.slotId, LockModeType.PESSIMISTIC_WRITE)
                            .flatMap(slot -> Panache.getSession()
                                    .flatMap(session -> session.refresh(booking, LockModeType.PESSIMISTIC_WRITE))
                                    .flatMap(refreshed -> {
                                        if (!booking.isBooked()) {
                                            return Uni.createFrom().voidItem();
                                        }
                                        booking.cancel(clock.instant());
                                        return publish(booking, slot, MentoringBookingChanged.Reason.CANCELLED_BY_ATTENDEE);
                                    }));
                });
    }

    /** The person's bookings in the workshop, newest first, cancelled ones included; times in the workshop's zone. */
    @WithSession
    public Uni<List<BookingView>> bookingsOf(String workshopId, String attendeeId) {
        return Workshop.existing(workshopId).flatMap(workshop -> bookingsOf(workshopId, attendeeId, workshop.zone()));
    }

    /** The same in {@code zone}; call inside a session. */
    public Uni<List<BookingView>> bookingsOf(String workshopId, String attendeeId, ZoneId zone) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("""
                        select b, s from MentoringBooking b, MentoringSlot s
                        where b.slotId = s.id and b.workshopId = :workshop and b.attendeeId = :attendee
                        order by b.createdAt desc""", Object[].class)
                .setParameter("workshop", workshopId).setParameter("attendee", attendeeId)
                .getResultList()
                .map(rows -> rows.stream()
                        .map(row -> viewOf((MentoringBooking) row[0], (MentoringSlot) row[1], zone))
                        .toList()));
    }

    static BookingView viewOf(MentoringBooking booking, MentoringSlot slot, ZoneId zone) {
        return new BookingView(booking.id, booking.slotId, booking.workshopId, booking.attendeeId, booking.status,
                booking.createdAt, booking.updatedAt, SlotView.of(slot, null, booking.isBooked(), booking.isBooked(), zone));
    }

    private Uni<BookingView> create(MentoringSlot slot, Caller attendee) {
        MentoringBooking booking = new MentoringBooking();
        booking.id = UUID.randomUUID();
        booking.slotId = slot.id;
        booking.workshopId = slot.workshopId;
        booking.attendeeId = attendee.id();
        booking.attendeeEmail = attendee.email();
        booking.attendeeName = attendee.name();
        booking.status = MentoringBooking.BOOKED;
        booking.createdAt = clock.instant();
        booking.updatedAt = booking.createdAt;
        booking.version = 1;
        return booking.persist()
                .flatMap(saved -> publish(booking, slot, MentoringBookingChanged.Reason.BOOKED))
                .flatMap(published -> Workshop.existing(slot.workshopId))
                .map(workshop -> viewOf(booking, slot, workshop.zone()));
    }

    /** Serialises one person's bookings in a workshop until the transaction ends. */
    private static Uni<Void> lockPerson(String workshopId, String personId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) locked", Integer.class)
                .setParameter(1, "mentoring/" + workshopId + "/" + personId).getSingleResult())
                .replaceWithVoid();
    }

    /** An AUTHORS slot takes bookings while the workshop's call, as `calls` last told, is open. */
    private Uni<Void> requireOpenCall(String workshopId) {
        Instant now = clock.instant();
        return KnownCall.<KnownCall>findById(workshopId).invoke(call -> {
            if (call == null) {
                throw ProblemException.conflict("This slot is for authors while the workshop's call for papers is open, and it has no open call.");
            }
            if (!call.isOpenAt(now)) {
                throw ProblemException.conflict(now.isBefore(call.opensAt)
                                ? "This slot is for authors while the workshop's call for papers is open; it opens at " + call.opensAt + "."
                                : "This slot is for authors while the workshop's call for papers is open; it closed at " + call.deadlineAt + ".")
                        .with("callOpensAt", call.opensAt.toString()).with("callDeadlineAt", call.deadlineAt.toString());
            }
        }).replaceWithVoid();
    }

    /** The person's registration row, locked (the projection waits while they book), if it allows mentoring. */
    private static Uni<HeldRegistration> lockActiveRegistration(String workshopId, Caller attendee) {
        return HeldRegistration.<HeldRegistration>findById(new AttendeeKey(workshopId, attendee.id()), LockModeType.PESSIMISTIC_WRITE)
                .invoke(registration -> {
                    if (registration == null || !registration.mayBookMentoring()) {
                        throw ProblemException.forbidden("Only attendees with an active registration for this workshop may book mentoring.");
                    }
                });
    }

    /** The slot row, locked (its seats are counted under this lock), if it is open and has not started. */
    private Uni<MentoringSlot> lockSlotTakingBookings(UUID slotId) {
        return MentoringSlot.<MentoringSlot>findById(slotId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(slot -> slot.checkTakesBookingsAt(clock.instant()));
    }

    private static Uni<Void> requireFreeSeat(MentoringSlot slot) {
        return MentoringBooking.count("slotId = ?1 and status = ?2", slot.id, MentoringBooking.BOOKED)
                .invoke(booked -> {
                    if (booked >= slot.capacity) {
                        throw ProblemException.conflict("This slot is full.");
                    }
                })
                .replaceWithVoid();
    }

    /** One person's limits: not the same slot twice, no two at once, at most {@code maxBookings}. */
    private void checkAgainst(List<MentoringSlot> held, MentoringSlot wanted) {
        for (MentoringSlot slot : held) {
            if (slot.id.equals(wanted.id)) {
                throw ProblemException.conflict("You have already booked this slot.");
            }
            if (slot.overlaps(wanted.startsAt, wanted.endsAt)) {
                throw ProblemException.conflict("You have booked '" + slot.topic + "' at the same time.")
                        .with("conflictingSlot", slot.id);
            }
        }
        if (held.size() >= maxBookings) {
            throw ProblemException.conflict("You may hold at most " + maxBookings + " mentoring bookings in this workshop.")
                    .with("maxMentoringBookings", maxBookings);
        }
    }

    private Uni<Void> publish(MentoringBooking booking, MentoringSlot slot, MentoringBookingChanged.Reason reason) {
        registry.counter("workshop.mentoring.bookings", "workshop", booking.workshopId, "reason", reason.name()).increment();
        return Workshop.<Workshop>findById(booking.workshopId).flatMap(workshop -> {
            MentoringBookingChanged fact = new MentoringBookingChanged(booking.id, booking.workshopId, booking.attendeeId,
                    booking.attendeeEmail, booking.attendeeName, MentoringBookingChanged.Status.valueOf(booking.status),
                    new MentoringBookingChanged.Slot(slot.id, slot.mentorId, slot.mentorEmail, slot.mentorName, slot.startsAt,
                            slot.endsAt, slot.topic, slot.format, slot.location),
                    booking.version, reason, workshop.summary());
            return outbox.record(Topics.MENTORING_BOOKINGS, booking.id.toString(), EventTypes.MENTORING_BOOKING_CHANGED,
                    booking.id.toString(), fact);
        });
    }

    /** The slots the person holds a booking on. */
    private static Uni<List<MentoringSlot>> heldBy(String workshopId, String attendeeId) {
        return MentoringSlot.find("""
                select s from MentoringSlot s, MentoringBooking b
                where b.slotId = s.id and b.workshopId = ?1 and b.attendeeId = ?2 and b.status = 'BOOKED'""",
                workshopId, attendeeId).list();
    }

    private static Uni<Map<UUID, Long>> bookedCounts(String workshopId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        select b.slotId, count(b) from MentoringBooking b
                        where b.workshopId = :workshop and b.status = 'BOOKED' group by b.slotId""", Object[].class)
                .setParameter("workshop", workshopId).getResultList()
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
                    return counts;
                }));
    }

    private static Uni<Set<UUID>> bookedSlotsOf(String workshopId, String attendeeId) {
        return heldBy(workshopId, attendeeId).map(slots -> {
            Set<UUID> ids = new HashSet<>();
            slots.forEach(slot -> ids.add(slot.id));
            return ids;
        });
    }

    private static Uni<MentoringSlot> existingSlot(UUID slotId) {
        return MentoringSlot.<MentoringSlot>findById(slotId).onItem().ifNull().failWith(() -> notFound(slotId));
    }

    private static ProblemException notFound(UUID slotId) {
        return ProblemException.notFound("There is no mentoring slot " + slotId + ".");
    }

    private static void check(Workshop workshop, SlotRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt().toInstant();
        if (!ends.isAfter(starts)) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        }
        // Mentoring for authors is held while the call is open, usually months before the workshop.
        if (request.audienceOrDefault() == MentoringSlot.Audience.AUTHORS) {
            if (ends.isAfter(workshop.endsAt)) {
                violations.add(new Problem.Violation("endsAt", "an AUTHORS slot must end by the workshop's end (" + workshop.endsAt + ")"));
            }
        } else if (starts.isBefore(workshop.startsAt) || ends.isAfter(workshop.endsAt)) {
            violations.add(new Problem.Violation("startsAt", "must be within the workshop (" + workshop.startsAt
                    + " to " + workshop.endsAt + ")"));
        }
        if (request.format() == SlotRequest.Format.ONLINE && !WebUrls.isWeb(request.meetingUrl())) {
            violations.add(new Problem.Violation("meetingUrl", "an ONLINE slot needs a meeting URL that " + WebUrls.EXPECTATION));
        }
        if (request.format() == SlotRequest.Format.IN_PERSON && (request.location() == null || request.location().isBlank())) {
            violations.add(new Problem.Violation("location", "an IN_PERSON slot needs a location"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
