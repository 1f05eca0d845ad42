package dev.workshops.schedule.release;

import static dev.workshops.events.ScheduleChange.Type.ADDED;
import static dev.workshops.events.ScheduleChange.Type.CANCELLED;
import static dev.workshops.events.ScheduleChange.Type.MOVED;
import static dev.workshops.events.ScheduleChange.Type.UPDATED;

import dev.workshops.events.ScheduleChange;
import dev.workshops.events.SessionSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a release changes against the one before: the rules of product.md, in one place. */
public final class ChangeLog {

    private ChangeLog() {
    }

    /**
     * The changes from {@code released} (the latest release, by session id) to {@code draft}, in the draft's order.
     * A session new and already cancelled in the draft is no change; MOVED (time or room) wins over UPDATED when
     * both apply, and its before/after show every difference. A change of the papers a session presents (their
     * title, authors, boards or PDF, as their camera-ready changes) is UPDATED.
     */
    public static List<ScheduleChange> between(Map<UUID, SessionSnapshot> released, List<SessionSnapshot> draft) {
        List<ScheduleChange> changes = new ArrayList<>();
        for (SessionSnapshot now : draft) {
            SessionSnapshot before = released.get(now.id());
            ScheduleChange.Type type = typeOf(before, now);
            if (type != null) {
                changes.add(new ScheduleChange(now.id(), type, type == ADDED ? null : before, now));
            }
        }
        return changes;
    }

    private static ScheduleChange.Type typeOf(SessionSnapshot before, SessionSnapshot now) {
        boolean scheduledBefore = before != null && isScheduled(before);
        if (!isScheduled(now)) {
            return scheduledBefore ? CANCELLED : null;
        }
        if (!scheduledBefore) {
            return ADDED;
        }
        if (!before.startsAt().equals(now.startsAt()) || !before.endsAt().equals(now.endsAt())
                || !Objects.equals(before.room(), now.room())) {
            return MOVED;
        }
        if (!before.title().equals(now.title()) || !before.kind().equals(now.kind())
                || !before.speakers().equals(now.speakers()) || !Objects.equals(before.abstractText(), now.abstractText())
                || before.streamed() != now.streamed() || !before.papers().equals(now.papers())) {
            return UPDATED;
        }
        return null;
    }

    private static boolean isScheduled(SessionSnapshot session) {
        return session.status() == SessionSnapshot.Status.SCHEDULED;
    }
}
