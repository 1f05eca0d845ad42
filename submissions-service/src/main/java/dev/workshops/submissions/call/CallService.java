package dev.workshops.submissions.call;

import dev.workshops.events.CallChanged;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.Timestamps;
import dev.workshops.support.workshops.KnownWorkshop;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@ApplicationScoped
public class CallService {

    private final CallCodec codec;
    private final CallEvents events;
    private final SubmissionService submissions;
    private final ReviewDeadlineWatcher reviewDeadlines;
    private final ReviewersChosen reviewers;
    private final Clock clock;

    public CallService(CallCodec codec, CallEvents events, SubmissionService submissions, ReviewDeadlineWatcher reviewDeadlines,
            ReviewersChosen reviewers, Clock clock) {
        this.codec = codec;
        this.events = events;
        this.submissions = submissions;
        this.reviewDeadlines = reviewDeadlines;
        this.reviewers = reviewers;
        this.clock = clock;
    }

    /**
     * Opens or changes a workshop's call in one transaction with its fact. A chair may move a deadline at any time,
     * into the past too (that closes the call early); the open submissions are published again with their new
     * deadline.
     */
    @WithTransaction
    public Uni<CallView> put(String workshopId, CallRequest request) {
        check(request);
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workshop '" + workshopId + "' is not known to submissions."))
                .flatMap(workshop -> Call.<Call>findById(workshopId, LockModeType.PESSIMISTIC_WRITE))
                .flatMap(held -> refuseDroppingWhatIsUsed(workshopId, held, request).replaceWith(held))
                .call(held -> refuseBlindChangeInReview(workshopId, held, request))
                .flatMap(held -> {
                    Instant now = Timestamps.now(clock);
                    Call call = held != null ? held : newCall(workshopId, now);
                    Instant previousDeadline = call.deadlineAt;
                    Instant previousReviewDeadline = call.reviewDeadlineAt;
                    Instant previousCameraReadyDeadline = call.cameraReadyDeadlineAt;
                    call.description = request.description();
                    call.tracks = codec.write(request.tracks().stream().map(t -> new CallChanged.Track(t.id(), t.name().strip())).toList());
                    call.formats = codec.write(request.formats().stream()
                            .map(f -> new CallChanged.Format(f.id(), f.name().strip(), f.maxPages(), f.maxBytes())).toList());
                    call.opensAt = request.opensAt().toInstant();
                    call.setDeadlines(request.deadline(), request.reviewDeadline(), request.cameraReadyDeadline());
                    call.graceMinutes = Objects.requireNonNullElse(request.graceMinutes(), CallRequest.DEFAULT_GRACE_MINUTES);
                    call.blind = request.blind().name();
                    call.reviewsPerPaper = Objects.requireNonNullElse(request.reviewsPerPaper(), CallRequest.DEFAULT_REVIEWS_PER_PAPER);
                    call.maxLoad = Objects.requireNonNullElse(request.maxLoad(), CallRequest.DEFAULT_MAX_LOAD);
                    call.version += 1;
                    call.updatedAt = now;
                    CallChanged.Reason reason = held == null ? CallChanged.Reason.OPENED : CallChanged.Reason.UPDATED;
                    // Every fact carries both deadlines (reminders follow them): a move of either republishes.
                    boolean moved = held != null && (!previousDeadline.equals(call.deadlineAt)
                            || !Objects.equals(previousCameraReadyDeadline, call.cameraReadyDeadlineAt));
                    boolean reviewMoved = held != null && !previousReviewDeadline.equals(call.reviewDeadlineAt);
                    return call.<Call>persist()
                            .flatMap(saved -> events.changed(codec.snapshotOf(call, reason)))
                            .flatMap(recorded -> moved ? submissions.deadlineMoved(call) : Uni.createFrom().voidItem())
                            .flatMap(done -> reviewMoved ? reviewDeadlines.reviewDeadlineMoved(call) : Uni.createFrom().voidItem())
                            .map(done -> CallView.of(call, codec, now, true));
                });
    }

    @WithSession
    public Uni<CallView> get(String workshopId, boolean forChair) {
        return Call.of(workshopId)
                .map(call -> CallView.of(call, codec, clock.instant(), forChair));
    }

    private static Call newCall(String workshopId, Instant now) {
        Call call = new Call();
        call.workshopId = workshopId;
        call.version = 0;
        call.createdAt = now;
        return call;
    }

    /**
     * A call's blindness is fixed once reviewers have papers: switching a double-blind call to single-blind or open
     * would show its authors to reviewers who were promised they would not see them (and the other way round, hide
     * what they have read).
     */
    private Uni<Void> refuseBlindChangeInReview(String workshopId, Call held, CallRequest request) {
        if (held == null || request.blind().name().equals(held.blind)) {
            return Uni.createFrom().voidItem();
        }
        return reviewers.any(workshopId).map(any -> {
            if (any) {
                throw ProblemException.conflict("Reviewers have been assigned: the call stays " + held.blind + ".")
                        .with("blind", held.blind);
            }
            return null;
        });
    }

    /** A track or format that a submission uses stays until that submission moves or is withdrawn. */
    private static Uni<Void> refuseDroppingWhatIsUsed(String workshopId, Call held, CallRequest request) {
        if (held == null) {
            return Uni.createFrom().voidItem();
        }
        Set<String> tracks = new HashSet<>(request.tracks().stream().map(CallRequest.Track::id).toList());
        Set<String> formats = new HashSet<>(request.formats().stream().map(CallRequest.Format::id).toList());
        return SubmissionService.tracksAndFormatsInUse(workshopId).map(used -> {
            List<String> dropped = new ArrayList<>();
            used.tracks().stream().filter(track -> !tracks.contains(track)).forEach(track -> dropped.add("track " + track));
            used.formats().stream().filter(format -> !formats.contains(format)).forEach(format -> dropped.add("format " + format));
            if (!dropped.isEmpty()) {
                throw ProblemException.conflict("Submissions still use " + String.join(", ", dropped) + ".")
                        .with("inUse", dropped);
            }
            return null;
        });
    }

    private static void check(CallRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        zone(violations, "deadline.zone", request.deadline());
        zone(violations, "reviewDeadline.zone", request.reviewDeadline());
        zone(violations, "cameraReadyDeadline.zone", request.cameraReadyDeadline());
        unique(violations, "tracks", request.tracks().stream().map(CallRequest.Track::id).toList());
        unique(violations, "formats", request.formats().stream().map(CallRequest.Format::id).toList());
        if (violations.isEmpty()) {
            Instant deadline = request.deadline().instant();
            if (!deadline.isAfter(request.opensAt().toInstant())) {
                violations.add(new Problem.Violation("deadline", "must be after opensAt"));
            }
            if (request.reviewDeadline().instant().isBefore(deadline)) {
                violations.add(new Problem.Violation("reviewDeadline", "must not be before the deadline"));
            }
            if (request.cameraReadyDeadline() != null && request.cameraReadyDeadline().instant().isBefore(deadline)) {
                violations.add(new Problem.Violation("cameraReadyDeadline", "must not be before the deadline"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void zone(List<Problem.Violation> violations, String field, Deadline deadline) {
        if (deadline != null && !Deadline.isZone(deadline.zone())) {
            violations.add(new Problem.Violation(field, Deadline.ZONE_EXPECTATION));
        }
    }

    private static void unique(List<Problem.Violation> violations, String field, List<String> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            violations.add(new Problem.Violation(field, "ids must be unique"));
        }
    }
}
