package dev.workshops.submissions.review;

import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.conflict.Conflict;
import dev.workshops.submissions.submission.ReviewProgress;
import dev.workshops.submissions.submission.SubmissionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Review progress counted in the database: per paper (the chairs' list), per member (the chairs' progress page and
 * the gauges), and the conflicts still awaiting a chair. Every count is over active assignments (not REMOVED).
 */
@ApplicationScoped
public class ReviewTallies implements ReviewProgress {

    /** How long after its review deadline a call's reviews are still counted in the gauges. */
    static final Duration STILL_IN_REVIEW = Duration.ofDays(30);

    /** One member's reviews in a workshop; {@code late} are unsubmitted ones past the review deadline. */
    public record MemberTally(String workshopId, UUID memberId, String name, String email, long assigned,
            long submitted, long drafts, long late) {
    }

    /** A workshop's conflicts still AUTO: found, neither confirmed nor dismissed by a chair. */
    public record AwaitingConflicts(String workshopId, long count) {
    }

    @Override
    public Uni<Map<UUID, SubmissionView.Progress>> of(Collection<UUID> submissionIds) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        select a.submissionId, count(a), count(r), avg(r.overall), avg(r.confidence), avg(r.originality),
                               avg(r.relevance), avg(r.rigor)
                        from Assignment a left join Review r on r.assignmentId = a.id and r.state = :submitted
                        where a.submissionId in :ids and a.state <> :removed
                        group by a.submissionId""", Object[].class)
                .setParameter("submitted", Review.State.SUBMITTED)
                .setParameter("removed", ReviewAssignmentChanged.State.REMOVED)
                .setParameter("ids", List.copyOf(submissionIds))
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> {
                    long submitted = (Long) row[2];
                    return new SubmissionView.Progress((Long) row[1], submitted, submitted == 0 ? null
                            : new SubmissionView.Scores(mean(row[3]), mean(row[4]), mean(row[5]), mean(row[6]), mean(row[7])));
                })));
    }

    /**
     * Each accepted member of the workshop's committee (of every workshop when {@code workshopId} is {@code null}),
     * by name; inside the caller's session.
     */
    public Uni<List<MemberTally>> members(String workshopId, Instant now) {
        return members(workshopId, null, now);
    }

    /**
     * Each accepted member of every call still in review: its review deadline not more than {@link #STILL_IN_REVIEW}
     * past (late reviews are chased for a while, then a finished call leaves the gauges); inside the caller's session.
     */
    public Uni<List<MemberTally>> inReview(Instant now) {
        return members(null, now.minus(STILL_IN_REVIEW), now);
    }

    private Uni<List<MemberTally>> members(String workshopId, Instant reviewDeadlineAfter, Instant now) {
        String which = (workshopId == null ? "" : " and m.workshopId = :workshop")
                + (reviewDeadlineAfter == null ? "" : " and c.reviewDeadlineAt > :after");
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery("""
                        select m.workshopId, m.id, m.name, m.email, count(a),
                               sum(case when r.state = :submitted then 1 else 0 end),
                               sum(case when r.state = :draft then 1 else 0 end),
                               sum(case when a.id is not null and (r.state is null or r.state <> :submitted)
                                        and c.reviewDeadlineAt < :now then 1 else 0 end)
                        from CommitteeMember m join Call c on c.workshopId = m.workshopId
                        left join Assignment a on a.memberId = m.id and a.state <> :removed
                        left join Review r on r.assignmentId = a.id
                        where m.status = :accepted""" + which + """

                        group by m.workshopId, m.id, m.name, m.email
                        order by m.workshopId, m.name, m.id""", Object[].class)
                    .setParameter("submitted", Review.State.SUBMITTED)
                    .setParameter("draft", Review.State.DRAFT)
                    .setParameter("removed", ReviewAssignmentChanged.State.REMOVED)
                    .setParameter("accepted", CommitteeMember.Status.ACCEPTED)
                    .setParameter("now", now);
            if (workshopId != null) {
                query.setParameter("workshop", workshopId);
            }
            if (reviewDeadlineAfter != null) {
                query.setParameter("after", reviewDeadlineAfter);
            }
            return query.getResultList();
        })
                .map(rows -> rows.stream().map(row -> new MemberTally((String) row[0], (UUID) row[1], (String) row[2],
                        (String) row[3], (Long) row[4], count(row[5]), count(row[6]), count(row[7]))).toList());
    }

    /** Every workshop with a call, with its conflicts awaiting a chair (zero included); inside the caller's session. */
    public Uni<List<AwaitingConflicts>> conflictsAwaiting() {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        select c.workshopId, (select count(f) from Conflict f where f.workshopId = c.workshopId
                                              and f.status = :auto)
                        from Call c order by c.workshopId""", Object[].class)
                .setParameter("auto", Conflict.Status.AUTO)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new AwaitingConflicts((String) row[0], (Long) row[1])).toList());
    }

    private static double mean(Object value) {
        return Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
