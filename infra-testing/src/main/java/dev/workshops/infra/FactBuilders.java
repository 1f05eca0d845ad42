package dev.workshops.infra;

import dev.workshops.events.CallChanged;
import dev.workshops.events.MentoringBookingChanged;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.StreamChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.events.WorkshopSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event bodies for tests, one builder per body with sensible defaults: a test sets what it is about and nothing
 * else. Times default to a week from now, so no fixture holds a date that will pass.
 */
public final class FactBuilders {

    private FactBuilders() {
    }

    static Instant inAWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    public static Workshop workshop(String workshopId) {
        return new Workshop(workshopId);
    }

    public static Registration registration(String workshopId, String attendeeId) {
        return new Registration(workshopId, attendeeId);
    }

    public static Session session(String workshopId) {
        return new Session(workshopId);
    }

    public static Release release(String workshopId, long version) {
        return new Release(workshopId, version);
    }

    public static Stream stream(String workshopId, UUID sessionId) {
        return new Stream(workshopId, sessionId);
    }

    public static Booking booking(String workshopId, String attendeeId, String mentorId) {
        return new Booking(workshopId, attendeeId, mentorId);
    }

    public static Call call(String workshopId) {
        return new Call(workshopId);
    }

    public static Submission submission(String workshopId) {
        return new Submission(workshopId);
    }

    /** Authors from names and emails in turn ({@code "Ada", "ada@...", "Ben", "ben@..."}); the first presents. */
    public static List<SubmissionChanged.Author> authors(String... namesAndEmails) {
        List<SubmissionChanged.Author> authors = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndEmails.length; i += 2) {
            authors.add(new SubmissionChanged.Author(namesAndEmails[i], namesAndEmails[i + 1], null, i == 0));
        }
        return authors;
    }

    public static Assignment assignment(String workshopId, UUID submissionId) {
        return new Assignment(workshopId, submissionId);
    }

    public static final class Workshop {
        private final String id;
        private String title = "Test workshop";
        private String timezone = "Europe/Vienna";
        private String venue = "TU Wien";
        private Instant startsAt = inAWeek();
        private Instant endsAt = startsAt.plus(Duration.ofDays(2));
        private String description;
        private long version = 1;
        private WorkshopChanged.Reason reason = WorkshopChanged.Reason.CREATED;

        Workshop(String id) {
            this.id = id;
        }

        public Workshop title(String value) { title = value; return this; }
        public Workshop timezone(String value) { timezone = value; return this; }
        public Workshop venue(String value) { venue = value; return this; }
        public Workshop between(Instant starts, Instant ends) { startsAt = starts; endsAt = ends; return this; }
        public Workshop description(String value) { description = value; return this; }
        public Workshop version(long value, WorkshopChanged.Reason why) { version = value; reason = why; return this; }

        public WorkshopChanged build() {
            return new WorkshopChanged(id, title, timezone, venue, startsAt, endsAt, description, version, reason);
        }

        public WorkshopSummary summary() {
            return build().summary();
        }
    }

    public static final class Registration {
        private UUID id = UUID.randomUUID();
        private final String workshopId;
        private final String attendeeId;
        private String email;
        private String name = "Ada";
        private String affiliation;
        private RegistrationChanged.Mode mode = RegistrationChanged.Mode.IN_PERSON;
        private RegistrationChanged.Status status = RegistrationChanged.Status.CONFIRMED;
        private Integer waitlistPosition;
        private Instant offerExpiresAt;
        private Boolean streamAccess;
        private String ticketCode;
        private Instant checkedInAt;
        private Instant createdAt = Instant.now();
        private Instant updatedAt;
        private long version = 1;
        private RegistrationChanged.Reason reason = RegistrationChanged.Reason.REGISTERED;
        private WorkshopSummary workshop;
        private boolean emailVerified = true;

        Registration(String workshopId, String attendeeId) {
            this.workshopId = workshopId;
            this.attendeeId = attendeeId;
            this.email = attendeeId + "@bench.workshop.test";
        }

        public Registration id(UUID value) { id = value; return this; }
        public Registration email(String value) { email = value; return this; }
        public Registration name(String value) { name = value; return this; }
        public Registration affiliation(String value) { affiliation = value; return this; }
        public Registration mode(RegistrationChanged.Mode value) { mode = value; return this; }
        public Registration status(RegistrationChanged.Status value) { status = value; return this; }
        public Registration waitlistPosition(Integer value) { waitlistPosition = value; return this; }
        public Registration offerExpiresAt(Instant value) { offerExpiresAt = value; return this; }
        public Registration streamAccess(boolean value) { streamAccess = value; return this; }
        public Registration ticketCode(String value) { ticketCode = value; return this; }
        public Registration checkedInAt(Instant value) { checkedInAt = value; return this; }
        public Registration createdAt(Instant value) { createdAt = value; return this; }
        public Registration updatedAt(Instant value) { updatedAt = value; return this; }
        public Registration reason(RegistrationChanged.Reason value) { reason = value; return this; }
        public Registration workshop(WorkshopSummary value) { workshop = value; return this; }
        /** Registered with an address the identity provider has not verified. */
        public Registration unverifiedEmail() { emailVerified = false; return this; }

        public Registration version(long value, RegistrationChanged.Reason why) {
            version = value;
            reason = why;
            return this;
        }

        /** A status and its reason together, e.g. WAITLISTED for WAITLISTED, CONFIRMED for REGISTERED. */
        public Registration became(RegistrationChanged.Status value, RegistrationChanged.Reason why) {
            status = value;
            reason = why;
            return this;
        }

        public RegistrationChanged build() {
            boolean access = streamAccess != null ? streamAccess : status != RegistrationChanged.Status.CANCELLED;
            return new RegistrationChanged(id, workshopId, attendeeId, email, name, affiliation, mode, status,
                    waitlistPosition, offerExpiresAt, access, ticketCode, checkedInAt, createdAt,
                    updatedAt != null ? updatedAt : Instant.now(), version, reason, workshop, emailVerified);
        }
    }

    public static final class Session {
        private UUID id = UUID.randomUUID();
        private final String workshopId;
        private String title = "A talk";
        private SessionSnapshot.Kind kind = SessionSnapshot.Kind.TALK;
        private Instant startsAt = inAWeek();
        private Duration length = Duration.ofHours(1);
        private String room = "Room 1";
        private List<SessionSnapshot.Speaker> speakers = List.of();
        private String abstractText;
        private boolean streamed = true;
        private SessionSnapshot.Status status = SessionSnapshot.Status.SCHEDULED;

        Session(String workshopId) {
            this.workshopId = workshopId;
        }

        public Session id(UUID value) { id = value; return this; }
        public Session title(String value) { title = value; return this; }
        public Session kind(SessionSnapshot.Kind value) { kind = value; return this; }
        public Session startsAt(Instant value) { startsAt = value; return this; }
        public Session length(Duration value) { length = value; return this; }
        public Session room(String value) { room = value; return this; }
        public Session abstractText(String value) { abstractText = value; return this; }
        public Session streamed(boolean value) { streamed = value; return this; }
        public Session cancelled() { status = SessionSnapshot.Status.CANCELLED; return this; }

        /** Speakers with accounts, by user id. */
        public Session speakers(String... userIds) {
            speakers = java.util.Arrays.stream(userIds).map(user -> new SessionSnapshot.Speaker("Speaker", null, user)).toList();
            return this;
        }

        public SessionSnapshot build() {
            return new SessionSnapshot(id, workshopId, title, kind, startsAt, startsAt.plus(length), room, speakers,
                    abstractText, streamed, status);
        }
    }

    public static final class Release {
        private final String workshopId;
        private final long version;
        private Instant releasedAt = Instant.now();
        private String timezone = "Europe/Vienna";
        private List<SessionSnapshot> sessions = List.of();
        private List<ScheduleChange> changes = List.of();
        private WorkshopSummary workshop;

        Release(String workshopId, long version) {
            this.workshopId = workshopId;
            this.version = version;
        }

        public Release timezone(String value) { timezone = value; return this; }
        public Release sessions(List<SessionSnapshot> value) { sessions = value; return this; }
        public Release changes(List<ScheduleChange> value) { changes = value; return this; }
        public Release workshop(WorkshopSummary value) { workshop = value; return this; }

        /** A first release: every session is ADDED. */
        public Release adding(SessionSnapshot... added) {
            sessions = List.of(added);
            changes = sessions.stream().map(s -> new ScheduleChange(s.id(), ScheduleChange.Type.ADDED, null, s)).toList();
            return this;
        }

        public ScheduleReleased build() {
            return new ScheduleReleased(workshopId, version, releasedAt, timezone, sessions, changes, workshop);
        }
    }

    public static final class Stream {
        private final String workshopId;
        private final UUID sessionId;
        private String provider = "HLS";
        private StreamChanged.Status status = StreamChanged.Status.LIVE;
        private Instant startedAt = Instant.now();
        private Instant endedAt;
        private long version = 2;
        private StreamChanged.Reason reason = StreamChanged.Reason.LIVE;
        private String sessionTitle;
        private WorkshopSummary workshop;

        Stream(String workshopId, UUID sessionId) {
            this.workshopId = workshopId;
            this.sessionId = sessionId;
        }

        public Stream provider(String value) { provider = value; return this; }
        public Stream startedAt(Instant value) { startedAt = value; return this; }
        public Stream endedAt(Instant value) { endedAt = value; return this; }
        public Stream sessionTitle(String value) { sessionTitle = value; return this; }
        public Stream workshop(WorkshopSummary value) { workshop = value; return this; }

        public Stream became(StreamChanged.Status value, StreamChanged.Reason why, long atVersion) {
            status = value;
            reason = why;
            version = atVersion;
            return this;
        }

        public StreamChanged build() {
            return new StreamChanged(sessionId, workshopId, provider, status, startedAt, endedAt, version, reason,
                    sessionTitle, workshop);
        }
    }

    public static final class Booking {
        private UUID id = UUID.randomUUID();
        private final String workshopId;
        private final String attendeeId;
        private final String mentorId;
        private String attendeeName = "Ada";
        private String mentorName = "Grace";
        private UUID slotId = UUID.randomUUID();
        private Instant startsAt = inAWeek();
        private String topic = "Careers";
        private String location;
        private long version = 1;
        private MentoringBookingChanged.Status status = MentoringBookingChanged.Status.BOOKED;
        private MentoringBookingChanged.Reason reason = MentoringBookingChanged.Reason.BOOKED;
        private WorkshopSummary workshop;

        Booking(String workshopId, String attendeeId, String mentorId) {
            this.workshopId = workshopId;
            this.attendeeId = attendeeId;
            this.mentorId = mentorId;
        }

        public Booking id(UUID value) { id = value; return this; }
        public Booking slot(UUID value, Instant starts) { slotId = value; startsAt = starts; return this; }
        public Booking topic(String value) { topic = value; return this; }
        public Booking location(String value) { location = value; return this; }
        public Booking names(String attendee, String mentor) { attendeeName = attendee; mentorName = mentor; return this; }
        public Booking workshop(WorkshopSummary value) { workshop = value; return this; }

        public Booking cancelled(MentoringBookingChanged.Reason why, long atVersion) {
            status = MentoringBookingChanged.Status.CANCELLED;
            reason = why;
            version = atVersion;
            return this;
        }

        public MentoringBookingChanged build() {
            return new MentoringBookingChanged(id, workshopId, attendeeId, attendeeId + "@bench.workshop.test", attendeeName,
                    status, new MentoringBookingChanged.Slot(slotId, mentorId, mentorId + "@bench.workshop.test", mentorName,
                            startsAt, startsAt.plus(Duration.ofMinutes(30)), topic, location == null ? "ONLINE" : "IN_PERSON",
                            location), version, reason, workshop);
        }
    }

    /** A call open since yesterday whose deadline, entered in AoE, is in a week; reviews due a month later. */
    public static final class Call {
        private final String workshopId;
        private Instant opensAt = inAWeek().minus(Duration.ofDays(8));
        private Instant deadlineAt = inAWeek();
        private long version = 1;
        private CallChanged.Reason reason = CallChanged.Reason.OPENED;
        private WorkshopSummary workshop;

        Call(String workshopId) {
            this.workshopId = workshopId;
        }

        public Call opensAt(Instant value) { opensAt = value; return this; }
        public Call deadlineAt(Instant value) { deadlineAt = value; return this; }
        public Call version(long value, CallChanged.Reason why) { version = value; reason = why; return this; }
        public Call workshop(WorkshopSummary value) { workshop = value; return this; }

        public CallChanged build() {
            Instant reviewsDue = deadlineAt.plus(Duration.ofDays(30));
            return new CallChanged(workshopId, "Up to 4 pages, excluding references.", List.of(new CallChanged.Track("main", "Main track")),
                    List.of(new CallChanged.Format("short", "Short paper", 4, 10_000_000)), opensAt, asEnteredInAoE(deadlineAt), deadlineAt,
                    asEnteredInAoE(reviewsDue), reviewsDue, null, null, CallChanged.Blind.DOUBLE, 3, 4, version, reason, workshop);
        }

        private static CallChanged.Deadline asEnteredInAoE(Instant at) {
            var local = at.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH);
            return new CallChanged.Deadline(local.toLocalDate(), local.toLocalTime(), "AoE");
        }
    }

    /** A draft by one author, due with the default call's deadline. */
    public static final class Submission {
        private UUID id = UUID.randomUUID();
        private final String workshopId;
        private SubmissionChanged.Status status = SubmissionChanged.Status.DRAFT;
        private SubmissionChanged.Reason reason = SubmissionChanged.Reason.DRAFTED;
        private String title = "Sparse attention, revisited";
        private List<SubmissionChanged.Author> authors = List.of(new SubmissionChanged.Author("Ada", "ada@authors.workshop.test", "TU Wien", true));
        private Instant deadlineAt = inAWeek();
        private Instant extendedUntil;
        private long version = 1;
        private WorkshopSummary workshop;
        private SubmissionChanged.Decision decision;
        private SubmissionChanged.CameraReady cameraReady;
        private Instant cameraReadyDeadlineAt;

        Submission(String workshopId) {
            this.workshopId = workshopId;
        }

        public Submission id(UUID value) { id = value; return this; }
        public Submission title(String value) { title = value; return this; }
        public Submission authors(List<SubmissionChanged.Author> value) { authors = value; return this; }
        public Submission deadlineAt(Instant value) { deadlineAt = value; return this; }
        public Submission extendedUntil(Instant value) { extendedUntil = value; deadlineAt = value; return this; }
        public Submission workshop(WorkshopSummary value) { workshop = value; return this; }
        public Submission cameraReadyDeadlineAt(Instant value) { cameraReadyDeadlineAt = value; return this; }

        /** Released now with these comments to authors (a SUBMITTED paper's status stays). */
        public Submission decided(SubmissionChanged.Outcome outcome, String... commentsToAuthors) {
            decision = new SubmissionChanged.Decision(outcome, Instant.now(), List.of(commentsToAuthors));
            status = SubmissionChanged.Status.SUBMITTED;
            return this;
        }

        /** Its authors sent the camera-ready: this title and authors, {@code presenterEmail} presenting with {@code attendance}. */
        public Submission cameraReady(String finalTitle, String presenterEmail, SubmissionChanged.Attendance attendance) {
            cameraReady = new SubmissionChanged.CameraReady(finalTitle, "The final abstract.", authors, presenterEmail, attendance,
                    "CC-BY-4.0", true, null, Instant.now());
            return this;
        }

        /** Submitted, with this decision released (version 3, DECISION_RELEASED). */
        public Submission released(SubmissionChanged.Outcome outcome) {
            decision = new SubmissionChanged.Decision(outcome, Instant.now(), List.of("Well argued."));
            return version(3, SubmissionChanged.Status.SUBMITTED, SubmissionChanged.Reason.DECISION_RELEASED);
        }

        /**
         * Its camera-ready with this title, the submission's authors and {@code presenter} presenting as declared;
         * archival, its final PDF served by submissions-service. Needs {@link #released} first; bumps the version.
         */
        public Submission cameraReadySent(String finalTitle, String presenterEmail, SubmissionChanged.Attendance attendance) {
            cameraReady = new SubmissionChanged.CameraReady(finalTitle, "The final abstract.", authors, presenterEmail,
                    attendance, "CC-BY-4.0", true, "https://submissions.workshop.test/api/submissions/" + id + "/camera-ready/pdf",
                    Instant.now());
            return version(version + 1, status, SubmissionChanged.Reason.CAMERA_READY);
        }

        public Submission version(long value, SubmissionChanged.Status now, SubmissionChanged.Reason why) {
            version = value;
            status = now;
            reason = why;
            return this;
        }

        public SubmissionChanged build() {
            return new SubmissionChanged(id, workshopId, status, title, "We revisit sparse attention.", "main", "short", List.of("attention"),
                    authors, deadlineAt, extendedUntil, status == SubmissionChanged.Status.DRAFT ? null : deadlineAt.minus(Duration.ofDays(1)),
                    false, version, reason, workshop, decision, cameraReady, cameraReadyDeadlineAt);
        }
    }

    /** Member Grace assigned to review a paper, due in a month. */
    public static final class Assignment {
        private UUID id = UUID.randomUUID();
        private final String workshopId;
        private final UUID submissionId;
        private UUID memberId = UUID.randomUUID();
        private String memberEmail = "grace@reviewers.workshop.test";
        private String memberName = "Grace";
        private String paperTitle = "Sparse attention, revisited";
        private Instant dueAt = inAWeek().plus(Duration.ofDays(23));
        private ReviewAssignmentChanged.State state = ReviewAssignmentChanged.State.ASSIGNED;
        private long version = 1;
        private WorkshopSummary workshop;

        Assignment(String workshopId, UUID submissionId) {
            this.workshopId = workshopId;
            this.submissionId = submissionId;
        }

        public Assignment id(UUID value) { id = value; return this; }
        public Assignment paperTitle(String value) { paperTitle = value; return this; }
        public Assignment dueAt(Instant value) { dueAt = value; return this; }
        public Assignment workshop(WorkshopSummary value) { workshop = value; return this; }

        public Assignment member(UUID id, String email, String name) {
            memberId = id;
            memberEmail = email;
            memberName = name;
            return this;
        }

        public Assignment version(long value, ReviewAssignmentChanged.State now) {
            version = value;
            state = now;
            return this;
        }

        public ReviewAssignmentChanged build() {
            return new ReviewAssignmentChanged(id, submissionId, workshopId, memberId, memberEmail, memberName, paperTitle, dueAt,
                    state, version, workshop);
        }
    }
}
