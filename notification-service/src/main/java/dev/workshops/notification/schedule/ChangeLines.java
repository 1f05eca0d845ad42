package dev.workshops.notification.schedule;

import dev.workshops.events.ScheduleChange;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.notification.message.Messages;
import java.time.ZoneId;

/** One change as a person reads it, times in their zone. */
public record ChangeLines(String title, String what) {

    static ChangeLines of(ScheduleChange change, ZoneId zone) {
        SessionSnapshot after = change.after();
        SessionSnapshot before = change.before();
        String what = switch (change.type()) {
            case MOVED -> "moved from " + Messages.when(before.startsAt(), zone) + " in " + before.room()
                    + " to " + Messages.when(after.startsAt(), zone) + " in " + after.room();
            case CANCELLED -> "cancelled (it was on " + Messages.when(before.startsAt(), zone) + ")";
            case ADDED -> "added: " + Messages.when(after.startsAt(), zone) + " in " + after.room();
            case UPDATED -> "updated (title, speakers or abstract); still " + Messages.when(after.startsAt(), zone) + " in " + after.room();
        };
        return new ChangeLines((after != null ? after : before).title(), what);
    }
}
