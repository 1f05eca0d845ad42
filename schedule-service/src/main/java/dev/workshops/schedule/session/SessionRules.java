package dev.workshops.schedule.session;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What a draft session must satisfy: its own times, the workshop's dates, free rooms and speakers. */
final class SessionRules {

    private SessionRules() {
    }

    /** A TALK may present one paper and then needs no title of its own; only a POSTER session holds many. */
    static void checkShape(SessionRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean talkOfPaper = request.kind() == SessionRequest.Kind.TALK && request.paperId() != null;
        if ((request.title() == null || request.title().isBlank()) && !talkOfPaper) {
            violations.add(new Problem.Violation("title", "must not be blank"));
        }
        if (request.paperId() != null && request.kind() != SessionRequest.Kind.TALK) {
            violations.add(new Problem.Violation("paperId", "only a TALK presents one paper; a POSTER session takes papers"));
        }
        if (request.papers() != null && !request.papers().isEmpty() && request.kind() != SessionRequest.Kind.POSTER) {
            violations.add(new Problem.Violation("papers", "only a POSTER session holds papers; a TALK takes paperId"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    static void checkTimes(Workshop workshop, SessionRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt().toInstant();
        if (!ends.isAfter(starts)) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        }
        String within = "must be within the workshop (" + workshop.startsAt + " to " + workshop.endsAt + ")";
        if (starts.isBefore(workshop.startsAt) || !starts.isBefore(workshop.endsAt)) {
            violations.add(new Problem.Violation("startsAt", within));
        }
        if (ends.isAfter(workshop.endsAt) || !ends.isAfter(workshop.startsAt)) {
            violations.add(new Problem.Violation("endsAt", within));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /**
     * Refuses a session that would share a room, or a speaker, with another scheduled session at the same time.
     *
     * @param speakers the session's speakers (for a session presenting papers, their presenters)
     * @param overlapping the workshop's other scheduled sessions that overlap the request's time
     */
    static void checkConflicts(String requestedRoom, List<SessionSnapshot.Speaker> speakers, List<Session> overlapping,
            SessionCodec codec) {
        String room = normalised(requestedRoom);
        Set<String> identities = speakers.stream()
                .map(s -> identity(s.userId(), s.name())).collect(Collectors.toSet());
        for (Session other : overlapping) {
            if (normalised(other.room).equals(room)) {
                throw conflict("Room '" + other.room + "' is taken then by '" + other.title + "'.", other);
            }
            for (SessionSnapshot.Speaker speaker : codec.speakersOf(other)) {
                if (identities.contains(identity(speaker.userId(), speaker.name()))) {
                    throw conflict(speaker.name() + " speaks at '" + other.title + "' at the same time.", other);
                }
            }
        }
    }

    private static ProblemException conflict(String detail, Session other) {
        return ProblemException.conflict(detail).with("conflictingSession", Map.of(
                "id", other.id, "title", other.title, "startsAt", other.startsAt, "endsAt", other.endsAt,
                "room", other.room));
    }

    /** A speaker with an account is that account; one without is their name, whatever its case or spacing. */
    private static String identity(String userId, String name) {
        return userId != null && !userId.isBlank() ? "user:" + userId : "name:" + normalised(Objects.requireNonNull(name));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
