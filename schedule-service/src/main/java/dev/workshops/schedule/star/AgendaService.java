package dev.workshops.schedule.star;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.schedule.calendar.BookingEntries;
import dev.workshops.support.calendar.CalendarEntry;
import dev.workshops.schedule.mentoring.BookingView;
import dev.workshops.schedule.mentoring.MentoringService;
import dev.workshops.support.calendar.CalendarWriter;
import dev.workshops.support.calendar.SessionEntries;
import dev.workshops.schedule.release.ReleasedSession;
import dev.workshops.schedule.session.SessionCodec;
import dev.workshops.schedule.session.SessionView;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.security.Caller;
import dev.workshops.support.time.TimeZones;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A person's agenda (starred sessions) and the calendars: the whole schedule and the personal feed. */
@ApplicationScoped
public class AgendaService {

    private static final TypeReference<SessionSnapshot> SNAPSHOT = new TypeReference<>() { };

    /** {@code feedToken} goes into the personal feed's URL. */
    public record Mine(String workshopId, String timezone, List<SessionView> sessions, List<BookingView> mentoring,
            String feedToken) {
    }

    private final Agendas agendas;
    private final SessionCodec codec;
    private final MentoringService mentoring;
    private final Clock clock;

    public AgendaService(Agendas agendas, SessionCodec codec, MentoringService mentoring, Clock clock) {
        this.agendas = agendas;
        this.codec = codec;
        this.mentoring = mentoring;
        this.clock = clock;
    }

    /** Starred sessions in time order, cancelled ones included (they show as CANCELLED). Makes the feed token on first use. */
    @WithTransaction
    public Uni<Mine> mine(String workshopId, Caller caller, String tz) {
        return Workshop.existing(workshopId).flatMap(workshop -> {
            ZoneId zone = tz == null ? workshop.zone() : TimeZones.require(tz, "tz");
            return agendas.locked(workshopId, caller.id()).flatMap(agenda -> starred(workshopId, caller.id())
                    .flatMap(sessions -> mentoring.bookingsOf(workshopId, caller.id(), zone).map(bookings -> new Mine(workshopId,
                            zone.getId(), sessions.stream().map(s -> SessionView.of(s.snapshot(), zone)).toList(), bookings,
                            agenda.feedToken))));
        });
    }

    @WithSession
    public Uni<String> scheduleCalendar(String workshopId) {
        return Workshop.existing(workshopId).flatMap(workshop -> ReleasedSession.<ReleasedSession>list("workshopId", workshopId)
                .map(released -> {
                    if (released.isEmpty()) {
                        throw ProblemException.notFound("The schedule of this workshop has not been released yet.");
                    }
                    return CalendarWriter.write(workshop.title, clock.instant(), entries(released.stream().map(this::sessionOf).toList(), workshop));
                }));
    }

    @WithSession
    public Uni<String> personalCalendar(String feedToken) {
        return Agenda.<Agenda>find("feedToken", feedToken).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no calendar feed here."))
                .flatMap(agenda -> Workshop.existing(agenda.workshopId).flatMap(workshop ->
                        starred(agenda.workshopId, agenda.attendeeId).flatMap(sessions ->
                                mentoring.bookingsOf(agenda.workshopId, agenda.attendeeId, ZoneOffset.UTC).map(bookings -> {
                                    List<CalendarEntry> entries = new ArrayList<>(entries(sessions, workshop));
                                    bookings.forEach(booking -> entries.add(BookingEntries.of(booking)));
                                    return CalendarWriter.write(workshop.title + " (my agenda)", clock.instant(), entries);
                                }))));
    }

    private record Released(SessionSnapshot snapshot, int sequence) {
    }

    private Uni<List<Released>> starred(String workshopId, String attendeeId) {
        return ReleasedSession.<ReleasedSession>find("""
                        select r from ReleasedSession r, Star s
                        where s.sessionId = r.sessionId and s.attendeeId = ?1 and s.workshopId = ?2""", attendeeId, workshopId)
                .list().map(rows -> rows.stream().map(this::sessionOf)
                        .sorted(Comparator.comparing((Released r) -> r.snapshot().startsAt())).toList());
    }

    private Released sessionOf(ReleasedSession row) {
        return new Released(codec.read(row.snapshot, SNAPSHOT), row.sequence);
    }

    private static List<CalendarEntry> entries(List<Released> sessions, Workshop workshop) {
        return sessions.stream().map(s -> SessionEntries.of(s.snapshot(), s.sequence(), workshop.venue)).toList();
    }
}
