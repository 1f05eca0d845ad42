package dev.workshops.submissions.conflict;

import dev.workshops.submissions.committee.CommitteeMember;
import dev.workshops.submissions.submission.AuthorsWatcher;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionAuthor;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps a call's conflict records equal to what {@link ConflictRules} find, inside the transaction of the change
 * that may alter them (a submission's authors, a member's answer): a newly found conflict is recorded AUTO, an AUTO one
 * no longer found goes, and a chair's CONFIRMED or DISMISSED stays whatever is found (only its evidence follows).
 *
 * <p>The recomputation of one workshop runs alone (a transaction-scoped advisory lock, also taken by a chair's
 * decision and by assigning): whichever change commits last is recomputed with everything before it in view.
 */
@ApplicationScoped
public class ConflictDetection implements AuthorsWatcher {

    private final JsonColumns json;
    private final ConflictsWatcher watcher;
    private final Clock clock;

    public ConflictDetection(JsonColumns json, ConflictsWatcher watcher, Clock clock) {
        this.json = json;
        this.watcher = watcher;
        this.clock = clock;
    }

    @Override
    public Uni<Void> authorsChanged(Submission submission) {
        return recompute(submission.workshopId);
    }

    /** Recomputes the workshop's conflicts, inside the caller's transaction. */
    public Uni<Void> recompute(String workshopId) {
        return lock(workshopId).flatMap(locked -> CommitteeMember.<CommitteeMember>list("workshopId = ?1 and status = ?2",
                Sort.by("id"), workshopId, CommitteeMember.Status.ACCEPTED)).flatMap(members -> Conflict
                .<Conflict>list("workshopId", workshopId).flatMap(existing -> {
                    if (members.isEmpty() && existing.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return papers(workshopId).flatMap(papers -> reconcile(workshopId, ConflictRules.between(papers.get(false),
                            papers.get(true), members.stream().map(this::asRule).toList()), existing));
                }));
    }

    /** Serialises the changes of one workshop's conflicts until the caller's transaction ends. */
    public static Uni<Void> lock(String workshopId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) locked", Integer.class)
                .setParameter(1, "conflicts:" + workshopId).getSingleResult()).replaceWithVoid();
    }

    private Uni<Void> reconcile(String workshopId, List<ConflictRules.Found> found, List<Conflict> existing) {
        Instant now = Timestamps.now(clock);
        Map<ConflictRules.Key, Conflict> held = existing.stream().collect(Collectors.toMap(
                conflict -> new ConflictRules.Key(conflict.submissionId, conflict.memberId, conflict.source), Function.identity()));
        List<Conflict> added = new ArrayList<>();
        for (ConflictRules.Found finding : found) {
            Conflict conflict = held.remove(finding.key());
            if (conflict == null) {
                added.add(Conflict.found(workshopId, finding, now));
            } else {
                conflict.evidenceFound(finding.evidence(), now);
            }
        }
        List<UUID> gone = held.values().stream().filter(conflict -> conflict.status == Conflict.Status.AUTO)
                .map(conflict -> conflict.id).toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (!gone.isEmpty()) {
            chain = chain.flatMap(done -> Conflict.delete("id in ?1 and status = ?2", gone, Conflict.Status.AUTO).replaceWithVoid());
        }
        if (!added.isEmpty()) {
            chain = chain.flatMap(done -> Conflict.persist(added)).flatMap(done -> watcher.nowStanding(added));
        }
        return chain;
    }

    /** The workshop's papers, withdrawn ({@code true}) or not. */
    private Uni<Map<Boolean, List<ConflictRules.Paper>>> papers(String workshopId) {
        return Submission.<Submission>list("workshopId", Sort.by("id"), workshopId)
                .flatMap(submissions -> (submissions.isEmpty() ? Uni.createFrom().item(List.<SubmissionAuthor>of())
                        : SubmissionAuthor.<SubmissionAuthor>list("submissionId in ?1", Sort.by("submissionId").and("position"),
                                submissions.stream().map(s -> s.id).toList()))
                        .map(rows -> {
                            Map<UUID, List<ConflictRules.Author>> authors = rows.stream().collect(Collectors.groupingBy(
                                    a -> a.submissionId, Collectors.mapping(a -> new ConflictRules.Author(a.email, a.affiliation),
                                            Collectors.toList())));
                            return submissions.stream().collect(Collectors.partitioningBy(s -> Submission.WITHDRAWN.equals(s.status),
                                    Collectors.mapping(s -> new ConflictRules.Paper(s.id, s.title, s.submitterId,
                                            authors.getOrDefault(s.id, List.of()), json.read(s.declaredConflicts, JsonColumns.STRINGS)),
                                            Collectors.toList())));
                        }));
    }

    private ConflictRules.Member asRule(CommitteeMember member) {
        return new ConflictRules.Member(member.id, member.email, member.accountId, member.affiliation,
                json.read(member.declaredConflicts, JsonColumns.STRINGS));
    }
}
