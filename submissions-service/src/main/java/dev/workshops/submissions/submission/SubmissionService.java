package dev.workshops.submissions.submission;

import dev.workshops.events.CallChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.call.CallCodec;
import dev.workshops.submissions.call.DeadlineRule;
import dev.workshops.submissions.call.Timeliness;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Submissions and who may see and change them. Anything about a submission asked by someone who is neither one of
 * its authors (by verified email) nor a chair is 404, so its existence is not revealed; a chair asking to do what
 * only its authors may is 403.
 */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionEvents events;
    private final CallCodec calls;
    private final JsonColumns json;
    private final LatestPdfs pdfs;
    private final ReviewProgress progress;
    private final AuthorsWatcher watcher;
    private final WithdrawnPapers withdrawals;
    private final Clock clock;

    public SubmissionService(SubmissionEvents events, CallCodec calls, JsonColumns json, LatestPdfs pdfs,
            ReviewProgress progress, AuthorsWatcher watcher, WithdrawnPapers withdrawals, Clock clock) {
        this.events = events;
        this.calls = calls;
        this.json = json;
        this.pdfs = pdfs;
        this.progress = progress;
        this.watcher = watcher;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    /** A new DRAFT by a signed-in person who is among its authors; 409 unless the call takes submissions now. */
    @WithTransaction
    public Uni<SubmissionView> create(String workshopId, Requester requester, SubmissionRequest request) {
        if (requester.verifiedEmail() == null) {
            throw ProblemException.forbidden("Submitting needs an account whose email is verified.");
        }
        // Shared lock: a chair moving the deadline waits for this submission, or this one sees the moved deadline.
        return Call.<Call>findById(workshopId, LockModeType.PESSIMISTIC_READ)
                .onItem().ifNull().failWith(() -> Call.none(workshopId))
                .flatMap(call -> {
                    Instant now = Timestamps.now(clock);
                    DeadlineRule rule = call.deadlineRule();
                    Timeliness timeliness = rule.check(now, null);
                    if (!rule.open(now)) {
                        // The grace period is for late changes to papers already begun, never for new ones.
                        throw rule.closed(null);
                    }
                    checkBody(request, call, requester);
                    Submission submission = Submission.draft(UUID.randomUUID(), workshopId, requester.id(), now);
                    fill(submission, request);
                    SubmissionChanged.Reason reason = submission.edited(timeliness, now);
                    List<SubmissionAuthor> authors = authorsOf(submission.id, request.authors());
                    return submission.persist()
                            .flatMap(saved -> SubmissionAuthor.persist(authors))
                            .flatMap(saved -> recorded(submission, authors, call, reason))
                            .flatMap(done -> watcher.authorsChanged(submission))
                            .map(done -> view(submission, authors, call, null, false));
                });
    }

    /** Its authors change its details until the deadline (within grace: accepted and marked). */
    @WithTransaction
    public Uni<SubmissionView> update(UUID submissionId, Requester requester, SubmissionRequest request) {
        return authorChange(submissionId, requester).flatMap(change -> {
            Submission submission = change.submission();
            checkBody(request, change.call(), requester);
            Instant now = Timestamps.now(clock);
            fill(submission, request);
            SubmissionChanged.Reason reason = submission.edited(change.timeliness(), now);
            return replaceAuthors(change.authors(), authorsOf(submission.id, request.authors()))
                    .flatMap(authors -> recorded(submission, authors, change.call(), reason)
                            .flatMap(done -> watcher.authorsChanged(submission))
                            .flatMap(done -> withPdf(submission, authors, change.call(), false)));
        });
    }

    /**
     * WITHDRAWN at its authors' wish, at any time (also after the deadline); its unsubmitted review assignments end
     * with it, in the same transaction.
     */
    @WithTransaction
    public Uni<SubmissionView> withdraw(UUID submissionId, Requester requester) {
        return authored(submissionId, requester).flatMap(change -> {
            Submission submission = change.submission();
            SubmissionChanged.Reason reason = submission.withdrawn(Timestamps.now(clock));
            return recorded(submission, change.authors(), change.call(), reason)
                    .flatMap(done -> watcher.authorsChanged(submission))
                    .flatMap(done -> withdrawals.withdrawn(submissionId))
                    .flatMap(done -> withPdf(submission, change.authors(), change.call(), false));
        });
    }

    /** A chair gives one submission its own deadline, recorded with who and when. */
    @WithTransaction
    public Uni<SubmissionView> extend(UUID submissionId, Requester chair, Instant until) {
        return locked(submissionId).flatMap(submission -> Call.<Call>findById(submission.workshopId).flatMap(call -> {
            if (!until.isAfter(call.deadlineAt)) {
                throw ProblemException.invalid("until", "must be after the call's deadline, " + call.deadlineAt);
            }
            SubmissionChanged.Reason reason = submission.extended(until, chair.signature(), Timestamps.now(clock));
            return authorsOf(submission.id).flatMap(authors -> recorded(submission, authors, call, reason)
                    .flatMap(done -> withPdf(submission, authors, call, true)));
        }));
    }

    @WithSession
    public Uni<SubmissionView> get(UUID submissionId, Requester requester) {
        return Submission.<Submission>findById(submissionId)
                .flatMap(submission -> submission == null ? Uni.createFrom().failure(notFound(submissionId))
                        : authorsOf(submissionId).flatMap(authors -> {
                            if (!requester.chair() && !isAuthor(authors, requester)) {
                                throw notFound(submissionId);
                            }
                            return Call.<Call>findById(submission.workshopId)
                                    .flatMap(call -> withPdf(submission, authors, call, forChair(requester, authors)));
                        }));
    }

    /** The caller's submissions to a workshop: those listing their verified email. */
    @WithSession
    public Uni<Page<SubmissionView>> mine(String workshopId, Requester requester, PageRequest paging) {
        if (requester.verifiedEmail() == null) {
            return Uni.createFrom().item(new Page<>(List.of(), paging.page, paging.size, 0));
        }
        String query = "from Submission s where s.workshopId = :workshop and exists (select 1 from SubmissionAuthor a"
                + " where a.submissionId = s.id and a.email = :email) order by s.createdAt, s.id";
        return page(workshopId, query, Parameters.with("workshop", workshopId).and("email", requester.verifiedEmail()),
                paging, requester);
    }

    /** The chairs' list: newest last, filtered by status and track, searched in titles, abstracts and authors. */
    @WithSession
    public Uni<Page<SubmissionView>> list(String workshopId, Requester chair, SubmissionFilter filter, PageRequest paging) {
        StringBuilder query = new StringBuilder("from Submission s where s.workshopId = :workshop");
        Parameters parameters = Parameters.with("workshop", workshopId);
        if (filter.status() != null) {
            query.append(" and s.status = :status");
            parameters.and("status", filter.status().name());
        }
        if (filter.track() != null) {
            query.append(" and s.track = :track");
            parameters.and("track", filter.track());
        }
        if (filter.q() != null) {
            query.append(" and (lower(s.title) like :q escape '!' or lower(s.abstractText) like :q escape '!'"
                    + " or exists (select 1 from SubmissionAuthor a where a.submissionId = s.id"
                    + " and (lower(a.name) like :q escape '!' or a.email like :q escape '!')))");
            parameters.and("q", filter.likePattern());
        }
        query.append(" order by s.createdAt, s.id");
        return Call.of(workshopId)
                .flatMap(call -> page(workshopId, query.toString(), parameters, paging, chair));
    }

    /**
     * For a change its authors make (details or PDF), inside the caller's transaction: the submission locked, its
     * authors, its call, and how the change stands against its deadline ({@code DeadlineRule}); 404 for someone who
     * is not an author nor a chair, 403 for a chair who is not an author, 409 after the deadline and its grace.
     */
    public Uni<AuthorChange> authorChange(UUID submissionId, Requester requester) {
        return authorChange(submissionId, requester, Timestamps.now(clock));
    }

    /**
     * The same, judged at {@code madeAt}, the moment the change arrived: an upload is on time when its last byte came
     * before the deadline, however long its check then waited.
     */
    public Uni<AuthorChange> authorChange(UUID submissionId, Requester requester, Instant madeAt) {
        return authored(submissionId, requester).map(change -> {
            Timeliness timeliness = change.call().deadlineRule().check(madeAt, change.submission().extendedUntil);
            return new AuthorChange(change.submission(), change.authors(), change.call(), timeliness);
        });
    }

    /**
     * A PDF was stored for the submission of {@code change}, inside the caller's transaction: its first PDF makes it
     * SUBMITTED, a later one UPDATED, each with its fact on `submissions`.
     */
    public Uni<Void> pdfReceived(AuthorChange change) {
        Submission submission = change.submission();
        SubmissionChanged.Reason reason = submission.pdfReceived(change.timeliness(), Timestamps.now(clock));
        return recorded(submission, change.authors(), change.call(), reason);
    }

    /**
     * For a change to its camera-ready (details or final PDF) judged at {@code madeAt}, inside the caller's
     * transaction: as {@link #authorChange} for who may, then 409 unless a released decision accepted it and it was
     * not withdrawn, and 409 after the call's camera-ready deadline and its grace (the call's one rule, with its own
     * deadline); no camera-ready deadline leaves it open.
     */
    public Uni<AuthorChange> cameraReadyChange(UUID submissionId, Requester requester, Instant madeAt) {
        return authored(submissionId, requester).map(change -> {
            change.submission().requireCameraReadyAllowed();
            DeadlineRule rule = change.call().cameraReadyRule();
            Timeliness timeliness = rule == null ? Timeliness.ON_TIME : rule.check(madeAt, null);
            return new AuthorChange(change.submission(), change.authors(), change.call(), timeliness);
        });
    }

    /** Its camera-ready changed (stored by the caller, in its transaction): the CAMERA_READY fact. */
    public Uni<Void> cameraReadyChanged(AuthorChange change) {
        Submission submission = change.submission();
        SubmissionChanged.Reason reason = submission.cameraReadyChanged(Timestamps.now(clock));
        return recorded(submission, change.authors(), change.call(), reason);
    }

    /**
     * The call's deadline (or its camera-ready deadline) moved, inside the caller's transaction: every open submission
     * is published again with its deadlines (an extension that ends later keeps its own).
     */
    public Uni<Void> deadlineMoved(Call call) {
        Instant now = Timestamps.now(clock);
        return Submission.<Submission>list("workshopId = ?1 and status <> ?2",
                        Sort.by("createdAt").and("id"), call.workshopId, Submission.WITHDRAWN)
                .flatMap(submissions -> republish(submissions, call, submission -> submission.deadlineMoved(now)));
    }

    /**
     * Inside the caller's transaction, each of {@code submissions} of {@code call} (held by the caller) changes through
     * {@code change}, which says which fact it makes, and is recorded with its fact, one after the other.
     */
    public Uni<Void> republish(List<Submission> submissions, Call call, Function<Submission, SubmissionChanged.Reason> change) {
        if (submissions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return authorsByIds(submissions.stream().map(s -> s.id).toList()).flatMap(authors -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Submission submission : submissions) {
                List<SubmissionAuthor> its = authors.getOrDefault(submission.id, List.of());
                chain = chain.flatMap(done -> recorded(submission, its, call, change.apply(submission)));
            }
            return chain;
        });
    }

    /**
     * For a chair's change to a submission, inside the caller's transaction: its call locked shared (as an author's
     * change locks it) and then the submission locked; 404 when there is none.
     */
    public Uni<Held> heldForChair(UUID submissionId) {
        return workshopOf(submissionId)
                .flatMap(workshopId -> Call.<Call>findById(workshopId, LockModeType.PESSIMISTIC_READ))
                .flatMap(call -> locked(submissionId).map(submission -> new Held(submission, call)));
    }

    /**
     * The same for a chair's decision on the paper, which a chair who is one of its authors may not take: 403 (they
     * know the paper exists, as its author).
     */
    public Uni<Held> heldForChair(UUID submissionId, Requester chair) {
        return heldForChair(submissionId).call(held -> notTheirOwn(submissionId, chair));
    }

    /** Fails with 403 when the chair is one of the paper's authors; inside the caller's session. */
    public static Uni<Void> notTheirOwn(UUID submissionId, Requester chair) {
        return authoredBy(submissionId, chair).map(author -> {
            if (author) {
                throw ProblemException.forbidden("A chair does not judge their own paper.");
            }
            return null;
        });
    }

    /** Whether the requester is one of the submission's authors (by verified email); inside the caller's session. */
    public static Uni<Boolean> authoredBy(UUID submissionId, Requester requester) {
        if (requester.verifiedEmail() == null) {
            return Uni.createFrom().item(false);
        }
        return SubmissionAuthor.count("submissionId = ?1 and email = ?2", submissionId, requester.verifiedEmail())
                .map(count -> count > 0);
    }

    /** The authors of each of the submissions, in their order; inside the caller's session. */
    public static Uni<Map<UUID, List<SubmissionChanged.Author>>> authorsOf(List<UUID> submissionIds) {
        return authorsByIds(submissionIds).map(rows -> rows.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> facts(entry.getValue()))));
    }

    /** A submission locked for the transaction under way, with its call. */
    public record Held(Submission submission, Call call) {
    }

    /** The tracks and formats of a workshop's submissions that are not withdrawn, inside the caller's session. */
    public static Uni<TracksAndFormats> tracksAndFormatsInUse(String workshopId) {
        return Submission.<Submission>list("workshopId = ?1 and status <> ?2", workshopId, Submission.WITHDRAWN)
                .map(used -> new TracksAndFormats(used.stream().map(s -> s.track).collect(Collectors.toSet()),
                        used.stream().map(s -> s.format).collect(Collectors.toSet())));
    }

    public record TracksAndFormats(Set<String> tracks, Set<String> formats) {
    }

    private record Authored(Submission submission, List<SubmissionAuthor> authors, Call call) {
    }

    /**
     * The submission locked, when the requester is one of its authors. Its call is locked first, shared, as
     * {@link #create} does: a chair moving the deadline (who locks the call exclusively, then republishes the
     * submissions) waits for this change, or this change waits and sees the moved deadline; the same order everywhere
     * keeps the two from deadlocking.
     */
    private Uni<Authored> authored(UUID submissionId, Requester requester) {
        return workshopOf(submissionId)
                .flatMap(workshopId -> Call.<Call>findById(workshopId, LockModeType.PESSIMISTIC_READ))
                .flatMap(call -> locked(submissionId).flatMap(submission -> authorsOf(submissionId).map(authors -> {
                    if (!isAuthor(authors, requester)) {
                        if (requester.chair()) {
                            throw ProblemException.forbidden("Only its authors may change a submission.");
                        }
                        throw notFound(submissionId);
                    }
                    return new Authored(submission, authors, call);
                })));
    }

    private static Uni<String> workshopOf(UUID submissionId) {
        return Panache.getSession().flatMap(session -> session
                        .createSelectionQuery("select workshopId from Submission where id = :id", String.class)
                        .setParameter("id", submissionId).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> notFound(submissionId));
    }

    private static Uni<Submission> locked(UUID submissionId) {
        return Submission.<Submission>findById(submissionId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> notFound(submissionId));
    }

    private Uni<Page<SubmissionView>> page(String workshopId, String query, Parameters parameters, PageRequest paging,
            Requester requester) {
        var found = Submission.<Submission>find(query, parameters);
        return found.page(paging.page, paging.size).<Submission>list().flatMap(submissions -> found.count()
                .flatMap(total -> Call.<Call>findById(workshopId).flatMap(call -> views(submissions, call, requester)
                        .map(views -> new Page<>(views, paging.page, paging.size, total)))));
    }

    private Uni<List<SubmissionView>> views(List<Submission> submissions, Call call, Requester requester) {
        if (submissions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = submissions.stream().map(s -> s.id).toList();
        Uni<Map<UUID, SubmissionView.Progress>> reviewed = requester.chair() ? progress.of(ids) : Uni.createFrom().item(Map.of());
        return authorsByIds(ids).flatMap(authors -> pdfs.of(ids).flatMap(latest -> reviewed.map(reviews -> submissions.stream()
                .map(s -> {
                    List<SubmissionAuthor> its = authors.getOrDefault(s.id, List.of());
                    boolean forChair = forChair(requester, its);
                    return view(s, its, call, latest.get(s.id), forChair)
                            .withProgress(forChair ? reviews.getOrDefault(s.id, SubmissionView.Progress.NONE) : null);
                }).toList())));
    }

    private Uni<SubmissionView> withPdf(Submission submission, List<SubmissionAuthor> authors, Call call, boolean forChair) {
        return pdfs.of(List.of(submission.id)).map(latest -> view(submission, authors, call, latest.get(submission.id), forChair));
    }

    private Uni<Void> recorded(Submission submission, List<SubmissionAuthor> authors, Call call, SubmissionChanged.Reason reason) {
        return submission.persist().flatMap(saved -> events.changed(submission, facts(authors), keywordsOf(submission),
                call.deadlineAt, call.cameraReadyDeadlineAt, reason));
    }

    private SubmissionView view(Submission submission, List<SubmissionAuthor> authors, Call call, SubmissionView.Pdf pdf,
            boolean forChair) {
        SubmissionView.Extension extension = submission.extendedUntil == null ? null
                : new SubmissionView.Extension(submission.extendedUntil, forChair ? submission.extendedBy : null, submission.extendedAt);
        return new SubmissionView(submission.id, submission.workshopId, submission.title, submission.abstractText,
                submission.track, submission.format, keywordsOf(submission), facts(authors),
                json.read(submission.declaredConflicts, JsonColumns.STRINGS), SubmissionChanged.Status.valueOf(submission.status),
                pdf, submission.lateWithinGrace, submission.deadlineAt(call.deadlineAt), extension, submission.submittedAt,
                submission.createdAt, submission.updatedAt, submission.version, decisionOf(submission, forChair),
                submission.decisionReleasedAt == null ? null : submission.releasedComments(json), null);
    }

    /** Its authors see a decision once released; chairs see a pending one too, with who recorded it. */
    private static SubmissionView.Decision decisionOf(Submission submission, boolean forChair) {
        if (submission.decision == null || (submission.decisionReleasedAt == null && !forChair)) {
            return null;
        }
        return new SubmissionView.Decision(SubmissionChanged.Outcome.valueOf(submission.decision),
                submission.decisionReleasedAt, forChair ? submission.decisionBy : null, forChair ? submission.decisionAt : null);
    }

    private void fill(Submission submission, SubmissionRequest request) {
        submission.title = request.title().strip();
        submission.abstractText = request.abstractText().strip();
        submission.track = request.track();
        submission.format = request.format();
        submission.keywords = json.write(request.keywordsOrNone());
        submission.declaredConflicts = json.write(request.declaredConflictsOrNone());
    }

    private void checkBody(SubmissionRequest request, Call call, Requester requester) {
        Set<String> tracks = calls.tracksOf(call).stream().map(CallChanged.Track::id).collect(Collectors.toSet());
        Set<String> formats = calls.formatsOf(call).stream().map(CallChanged.Format::id).collect(Collectors.toSet());
        List<Problem.Violation> violations = AuthorRules.check(request, tracks, formats, requester.verifiedEmail());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private List<String> keywordsOf(Submission submission) {
        return json.read(submission.keywords, JsonColumns.STRINGS);
    }

    /**
     * Whether the requester reads the paper as its chair: a chair who is not one of its authors. A chair's own paper is
     * read as its authors read it (no pending decision, no progress, no scores), and its chair's commands refuse them.
     */
    private static boolean forChair(Requester requester, List<SubmissionAuthor> authors) {
        return requester.chair() && !isAuthor(authors, requester);
    }

    private static boolean isAuthor(List<SubmissionAuthor> authors, Requester requester) {
        return requester.verifiedEmail() != null && authors.stream().anyMatch(a -> a.email.equals(requester.verifiedEmail()));
    }

    private static List<SubmissionChanged.Author> facts(List<SubmissionAuthor> authors) {
        return authors.stream().sorted(Comparator.comparingInt(a -> a.position))
                .map(a -> new SubmissionChanged.Author(a.name, a.email, a.affiliation, a.presenter)).toList();
    }

    private static List<SubmissionAuthor> authorsOf(UUID submissionId, List<SubmissionRequest.Author> requested) {
        List<SubmissionAuthor> authors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            SubmissionRequest.Author author = requested.get(i);
            SubmissionAuthor row = new SubmissionAuthor();
            row.submissionId = submissionId;
            row.position = i;
            row.name = author.name().strip();
            row.email = AuthorRules.normalised(author.email());
            row.affiliation = author.affiliation() == null || author.affiliation().isBlank() ? null : author.affiliation().strip();
            row.presenter = author.presents();
            authors.add(row);
        }
        return authors;
    }

    private static Uni<List<SubmissionAuthor>> authorsOf(UUID submissionId) {
        return SubmissionAuthor.list("submissionId", Sort.by("position"), submissionId);
    }

    /** The authors of these submissions in their order, by submission, inside the caller's session. */
    public static Uni<Map<UUID, List<SubmissionChanged.Author>>> authorFacts(List<UUID> ids) {
        return authorsByIds(ids).map(byId -> byId.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> facts(e.getValue()))));
    }

    private static Uni<Map<UUID, List<SubmissionAuthor>>> authorsByIds(List<UUID> ids) {
        return SubmissionAuthor.<SubmissionAuthor>list("submissionId in ?1", Sort.by("submissionId").and("position"), ids)
                .map(rows -> rows.stream().collect(Collectors.groupingBy(a -> a.submissionId)));
    }

    /**
     * The held rows take the new authors in place, position by position; extra rows are deleted, new places inserted.
     * (The held rows are in the session: inserting new rows with their keys instead would clash with them.)
     */
    private static Uni<List<SubmissionAuthor>> replaceAuthors(List<SubmissionAuthor> held, List<SubmissionAuthor> wanted) {
        // Emails are unique per submission: one statement clears the emails of the rows that change place or go.
        List<SubmissionAuthor> result = new ArrayList<>();
        List<SubmissionAuthor> added = new ArrayList<>();
        for (SubmissionAuthor author : wanted) {
            SubmissionAuthor row = author.position < held.size() ? held.get(author.position) : null;
            if (row == null) {
                added.add(author);
                result.add(author);
                continue;
            }
            row.name = author.name;
            row.email = author.email;
            row.affiliation = author.affiliation;
            row.presenter = author.presenter;
            result.add(row);
        }
        List<SubmissionAuthor> removed = held.subList(Math.min(wanted.size(), held.size()), held.size());
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (!removed.isEmpty()) {
            chain = chain.flatMap(done -> SubmissionAuthor.delete("submissionId = ?1 and position >= ?2",
                    removed.getFirst().submissionId, wanted.size()).replaceWithVoid());
        }
        if (!added.isEmpty()) {
            chain = chain.flatMap(done -> SubmissionAuthor.persist(added));
        }
        return chain.replaceWith(result);
    }

    private static ProblemException notFound(UUID submissionId) {
        return ProblemException.notFound("No submission " + submissionId + ".");
    }
}
