package dev.workshops.submissions.bid;

import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.committee.Committee;
import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.conflict.Conflicts;
import dev.workshops.submissions.review.ReviewerPaper;
import dev.workshops.submissions.submission.Requester;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionAuthor;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bidding: an accepted member sees the call's submitted papers that no standing conflict keeps them from, anonymised,
 * and bids on them. A paper they may not bid on is 404, as if it did not exist.
 */
@ApplicationScoped
public class BidService {

    private final Committee committee;
    private final Conflicts conflicts;
    private final JsonColumns json;
    private final Clock clock;

    public BidService(Committee committee, Conflicts conflicts, JsonColumns json, Clock clock) {
        this.committee = committee;
        this.conflicts = conflicts;
        this.json = json;
        this.clock = clock;
    }

    /** The papers the requester may bid on, oldest first, with their bids; 403 for someone not on the committee. */
    @WithSession
    public Uni<List<BidView>> mine(String workshopId, Requester requester) {
        return member(workshopId, requester).flatMap(member -> Call.<Call>findById(workshopId).flatMap(call -> conflicts
                .keptFrom(member.id).flatMap(keptFrom -> Submission.<Submission>list("workshopId = ?1 and status = ?2",
                                Sort.by("createdAt").and("id"), workshopId, Submission.SUBMITTED)
                        .map(submitted -> submitted.stream().filter(paper -> !keptFrom.contains(paper.id)).toList()))
                .flatMap(papers -> papers.isEmpty() ? Uni.createFrom().item(List.<BidView>of())
                        : authorsOf(papers, call).flatMap(authors -> Bid.<Bid>list("memberId", member.id).map(bids -> {
                            Map<UUID, BidLevel> levels = bids.stream().collect(Collectors.toMap(b -> b.submissionId, b -> b.bid));
                            return papers.stream().map(paper -> new BidView(ReviewerPaper.of(paper, call,
                                    authors.getOrDefault(paper.id, List.of()).stream()
                                            .map(a -> new ReviewerPaper.Author(a.name, a.affiliation)).toList(), json)
                                    .forBidding(), levels.get(paper.id))).toList();
                        })))));
    }

    /** The requester bids on a submitted paper of a committee they are on, with no standing conflict; else 404. */
    @WithTransaction
    public Uni<Void> place(UUID submissionId, BidLevel level, Requester requester) {
        return Submission.<Submission>findById(submissionId).flatMap(paper -> {
            if (paper == null || !paper.isSubmitted()) {
                return Uni.createFrom().failure(notFound(submissionId));
            }
            return committee.acceptedMember(paper.workshopId, requester).flatMap(member -> member == null
                    ? Uni.createFrom().failure(notFound(submissionId))
                    : conflicts.blocks(submissionId, member.id).flatMap(blocked -> {
                        if (blocked) {
                            throw notFound(submissionId);
                        }
                        // One statement, so two bids of one member on one paper racing each other both land (the last wins).
                        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                                        INSERT INTO bid (submission_id, member_id, bid, updated_at) VALUES (?1, ?2, ?3, ?4)
                                        ON CONFLICT (submission_id, member_id) DO UPDATE SET bid = excluded.bid, updated_at = excluded.updated_at""")
                                .setParameter(1, submissionId).setParameter(2, member.id).setParameter(3, level.name())
                                .setParameter(4, Timestamps.now(clock)).executeUpdate()).replaceWithVoid();
                    }));
        });
    }

    private Uni<CommitteeMember> member(String workshopId, Requester requester) {
        return committee.acceptedMember(workshopId, requester)
                .onItem().ifNull().failWith(() -> ProblemException.forbidden("You are not a member of this workshop's committee."));
    }

    /** Only read when the call shows authors to reviewers at all. */
    private static Uni<Map<UUID, List<SubmissionAuthor>>> authorsOf(List<Submission> papers, Call call) {
        List<UUID> shown = papers.stream().filter(p -> !p.authorsHiddenFromReviewers(call.blind)).map(p -> p.id).toList();
        if (shown.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SubmissionAuthor.<SubmissionAuthor>list("submissionId in ?1", Sort.by("submissionId").and("position"), shown)
                .map(rows -> rows.stream().collect(Collectors.groupingBy(a -> a.submissionId)));
    }

    private static ProblemException notFound(UUID submissionId) {
        return ProblemException.notFound("No submission " + submissionId + ".");
    }
}
