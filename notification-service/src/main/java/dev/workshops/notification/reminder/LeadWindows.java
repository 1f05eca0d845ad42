package dev.workshops.notification.reminder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Reminders at several leads before a deadline that may move (a draft's, a review's, a camera-ready's). A lead's
 * reminder is due from its lead until the next shorter lead, so a deadline moved close skips the longer ones; its
 * fact key names the lead, not the deadline, so one sent is never sent again when the deadline moves. The deadline
 * is read from the projection at each sweep, so a moved one moves the reminders not sent yet.
 */
public final class LeadWindows {

    /** The deadlines in {@code (now + nextLead, now + lead]} are due this lead's reminder. */
    public record Window(Duration lead, Duration nextLead) {

        public Instant after(Instant now) {
            return now.plus(nextLead);
        }

        public Instant until(Instant now) {
            return now.plus(lead);
        }

        /** How the fact key names this lead (ISO-8601, e.g. {@code PT24H}). */
        public String key() {
            return lead.toString();
        }

        /**
         * The rows of a native query of what this lead's window has due, its parameters being ?1 now, (?3, ?2] the
         * deadlines the window covers, ?4 the lead as the fact key names it. Inside a session.
         */
        public Uni<List<Object[]>> due(String query, Instant now) {
            return Panache.getSession().flatMap(session -> session.createNativeQuery(query, Object[].class)
                    .setParameter(1, now).setParameter(2, until(now)).setParameter(3, after(now)).setParameter(4, key())
                    .getResultList());
        }

        /** The lead as a reminder says it: "7 days", "24 hours", "1 hour". */
        public String within() {
            if (lead.toHours() > 24 && lead.toHoursPart() == 0) {
                return lead.toDays() + " days";
            }
            if (lead.toMinutesPart() == 0 && lead.toHours() > 0) {
                return lead.toHours() == 1 ? "1 hour" : lead.toHours() + " hours";
            }
            return lead.toMinutes() + " minutes";
        }
    }

    private final List<Window> windows;

    public LeadWindows(List<Duration> leads) {
        List<Duration> longestFirst = leads.stream().sorted(Comparator.reverseOrder()).toList();
        List<Window> all = new ArrayList<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            all.add(new Window(longestFirst.get(i), i + 1 < longestFirst.size() ? longestFirst.get(i + 1) : Duration.ZERO));
        }
        this.windows = List.copyOf(all);
    }

    /**
     * One sweep: for each lead, in its own transaction, finds what is due and reminds each. A failure is logged and
     * left to the next sweep (what was reminded is recorded, so nothing is told twice).
     */
    public <T> Uni<Void> sweep(Logger log, String what, Function<Window, Uni<List<T>>> due, BiFunction<Window, T, Uni<Void>> remind) {
        return Multi.createFrom().iterable(windows)
                .onItem().transformToUniAndConcatenate(window -> Panache.withTransaction(() -> due.apply(window)
                        .flatMap(reminders -> Multi.createFrom().iterable(reminders)
                                .onItem().transformToUniAndConcatenate(each -> remind.apply(window, each))
                                .collect().last().replaceWithVoid())))
                .collect().last().replaceWithVoid()
                .onFailure().invoke(e -> log.warnf(e, "%s failed; the next sweep retries", what))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
