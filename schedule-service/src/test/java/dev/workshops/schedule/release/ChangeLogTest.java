package dev.workshops.schedule.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.ScheduleChange;
import dev.workshops.events.SessionSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final Instant NINE = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30)).plus(Duration.ofHours(9));

    @Test
    void aSessionNotReleasedBeforeIsAddedWithoutABefore() {
        SessionSnapshot keynote = session().snapshot();

        ScheduleChange change = only(ChangeLog.between(Map.of(), List.of(keynote)));

        assertEquals(ScheduleChange.Type.ADDED, change.type());
        assertNull(change.before());
        assertEquals(keynote, change.after());
    }

    @Test
    void aSessionNewAndAlreadyCancelledInTheDraftIsNoChange() {
        assertTrue(ChangeLog.between(Map.of(), List.of(cancelled(session()).snapshot())).isEmpty());
    }

    @Test
    void aReleasedSessionCancelledInTheDraftIsCancelled() {
        Session keynote = session();
        SessionSnapshot before = keynote.snapshot();

        ScheduleChange change = only(ChangeLog.between(released(before), List.of(cancelled(keynote).snapshot())));

        assertEquals(ScheduleChange.Type.CANCELLED, change.type());
        assertEquals(before, change.before());
    }

    @Test
    void aCancelledSessionThatStaysCancelledIsNoChange() {
        Session keynote = cancelled(session());

        assertTrue(ChangeLog.between(released(keynote.snapshot()), List.of(keynote.snapshot())).isEmpty());
    }

    @Test
    void aCancelledSessionScheduledAgainIsAddedAsIfNew() {
        Session keynote = cancelled(session());
        SessionSnapshot before = keynote.snapshot();

        keynote.status = SessionSnapshot.Status.SCHEDULED;

        ScheduleChange change = only(ChangeLog.between(released(before), List.of(keynote.snapshot())));

        assertEquals(ScheduleChange.Type.ADDED, change.type());
        assertNull(change.before());
    }

    @Test
    void aNewTimeOrRoomIsMoved() {
        Session keynote = session();
        SessionSnapshot before = keynote.snapshot();
        Session other = session();
        SessionSnapshot otherBefore = other.snapshot();

        keynote.startsAt = NINE.plus(Duration.ofDays(1));
        other.room = "Room 2";

        List<ScheduleChange> changes = ChangeLog.between(released(before, otherBefore), List.of(keynote.snapshot(), other.snapshot()));

        assertEquals(List.of(ScheduleChange.Type.MOVED, ScheduleChange.Type.MOVED), changes.stream().map(ScheduleChange::type).toList());
    }

    @Test
    void movedWinsOverUpdatedAndItsBeforeAndAfterShowEveryDifference() {
        Session keynote = session();
        SessionSnapshot before = keynote.snapshot();
        keynote.room = "Hall B";
        keynote.title = "A better keynote";

        ScheduleChange change = only(ChangeLog.between(released(before), List.of(keynote.snapshot())));

        assertEquals(ScheduleChange.Type.MOVED, change.type());
        assertEquals("Keynote", change.before().title());
        assertEquals("A better keynote", change.after().title());
        assertEquals("Hall B", change.after().room());
    }

    @Test
    void aNewTitleKindSpeakersAbstractOrStreamingIsUpdated() {
        List<Consumer<Session>> edits = List.of(
                s -> s.title = "Another title",
                s -> s.kind = SessionSnapshot.Kind.PANEL,
                s -> s.speakers = List.of(new SessionSnapshot.Speaker("Grace", null, null)),
                s -> s.abstractText = "What it is about",
                s -> s.streamed = false);
        for (Consumer<Session> edit : edits) {
            Session keynote = session();
            SessionSnapshot before = keynote.snapshot();
            edit.accept(keynote);

            ScheduleChange change = only(ChangeLog.between(released(before), List.of(keynote.snapshot())));

            assertEquals(ScheduleChange.Type.UPDATED, change.type());
            assertEquals(before, change.before());
        }
    }

    @Test
    void anUnchangedSessionIsNoChange() {
        SessionSnapshot keynote = session().snapshot();

        assertTrue(ChangeLog.between(released(keynote), List.of(keynote)).isEmpty());
    }

    @Test
    void changesFollowTheDraftsOrder() {
        Session moved = session();
        SessionSnapshot movedBefore = moved.snapshot();
        Session added = session();

        moved.room = "Hall C";

        List<ScheduleChange> changes = ChangeLog.between(released(movedBefore), List.of(added.snapshot(), moved.snapshot()));

        assertEquals(List.of(added.id, moved.id), changes.stream().map(ScheduleChange::sessionId).toList());
    }

    private static ScheduleChange only(List<ScheduleChange> changes) {
        assertEquals(1, changes.size(), changes::toString);
        return changes.getFirst();
    }

    private static Map<UUID, SessionSnapshot> released(SessionSnapshot... sessions) {
        return List.of(sessions).stream().collect(Collectors.toMap(SessionSnapshot::id, Function.identity()));
    }

    private static Session session() {
        return new Session();
    }

    private static Session cancelled(Session session) {
        session.status = SessionSnapshot.Status.CANCELLED;
        return session;
    }

    /** A draft session; a test changes its fields between snapshots. */
    private static final class Session {
        final UUID id = UUID.randomUUID();
        String title = "Keynote";
        SessionSnapshot.Kind kind = SessionSnapshot.Kind.KEYNOTE;
        Instant startsAt = NINE;
        String room = "Hall A";
        List<SessionSnapshot.Speaker> speakers = List.of(new SessionSnapshot.Speaker("Ada", null, null));
        String abstractText;
        boolean streamed = true;
        SessionSnapshot.Status status = SessionSnapshot.Status.SCHEDULED;

        SessionSnapshot snapshot() {
            return new SessionSnapshot(id, "ws-rules", title, kind, startsAt, startsAt.plus(Duration.ofHours(1)), room, speakers,
                    abstractText, streamed, status);
        }
    }
}
