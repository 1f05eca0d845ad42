package dev.workshops.schedule.paper;

import static dev.workshops.schedule.TestSchedule.december;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.ScheduleReleased;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.TestEvents;
import dev.workshops.schedule.TestSchedule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Accepted papers, heard on `submissions`, become talks and poster sessions that follow their camera-ready. */
@QuarkusTest
class ProgramTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String AT_TEN = december("07T09:00:00Z");
    private static final String AT_ELEVEN = december("07T10:00:00Z");

    @Inject
    TestSchedule schedule;

    @Test
    void anOralPaperBecomesATalkWhoseTitleAndSpeakerFollowItsCameraReady() throws Exception {
        String workshop = schedule.workshop();
        String presenterId = "presenter-" + UUID.randomUUID();
        publish(FactBuilders.registration(workshop, presenterId).email("Ada@Authors.Workshop.Test").build());
        FactBuilders.Submission paper = twoAuthors(FactBuilders.submission(workshop))
                .released(SubmissionChanged.Outcome.ACCEPT_ORAL)
                .cameraReadySent("Sparse attention, finally", "ada@authors.workshop.test", SubmissionChanged.Attendance.IN_PERSON);
        UUID paperId = publish(paper.build());
        awaitUnplaced(workshop, paperId);

        String talk = schedule.added(workshop, Map.of("kind", "TALK", "paperId", paperId.toString(), "startsAt", AT_TEN,
                "endsAt", AT_ELEVEN, "room", "Hall A", "speakers", List.of(Map.of("name", "Ignored"))));
        JsonPath draft = draft(workshop);
        assertEquals("Sparse attention, finally", draft.getString("sessions[0].title"));
        assertEquals(List.of(Map.of("name", "Ada", "affiliation", "TU Wien", "userId", presenterId)), draft.getList("sessions[0].speakers"));
        assertEquals(List.of("Ada", "Grace"), draft.getList("sessions[0].papers[0].authors.name"));
        assertEquals(List.of(), draft.getList("unplacedPapers"));
        schedule.release(workshop).statusCode(201);

        publish(paper.cameraReadySent("Sparse attention, at last", "ada@authors.workshop.test", SubmissionChanged.Attendance.IN_PERSON).build());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "Sparse attention, at last".equals(draft(workshop).getString("sessions[0].title")));
        JsonPath released = schedule.release(workshop).statusCode(201).extract().jsonPath();

        assertEquals(List.of(Map.of("type", "UPDATED", "sessionId", talk)), released.getList("changes").stream()
                .map(change -> Map.of("type", ((Map<?, ?>) change).get("type"), "sessionId", ((Map<?, ?>) change).get("sessionId"))).toList());
        assertEquals("Sparse attention, finally", released.getString("changes[0].before.title"));
        ScheduleReleased fact = lastRelease(workshop);
        ScheduleChange change = fact.changes().getFirst();
        assertEquals(presenterId, change.after().speakers().getFirst().userId(), "the speaker is told through their account");
        given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200)
                .body("sessions[0].papers[0].title", equalTo("Sparse attention, at last"))
                .body("sessions[0].papers[0].authors[1].name", equalTo("Grace"))
                .body("sessions[0].papers[0].pdfUrl", equalTo(paper.build().cameraReady().pdfUrl()));
    }

    @Test
    void aPresenterWhoRegistersAfterTheirTalkWasPlacedIsLinkedToTheirAccountInTheRelease() throws Exception {
        String workshop = schedule.workshop();
        UUID paperId = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_ORAL)
                .cameraReady("Registered late", "ada@authors.workshop.test", SubmissionChanged.Attendance.VIRTUAL).build());
        awaitUnplaced(workshop, paperId);
        schedule.added(workshop, talk(paperId, AT_TEN, "Hall A"));
        assertEquals(Arrays.asList((Object) null), draft(workshop).getList("sessions[0].speakers.userId"));

        String presenterId = "late-" + UUID.randomUUID();
        publish(FactBuilders.registration(workshop, presenterId).email("ada@authors.workshop.test").mode(RegistrationChanged.Mode.VIRTUAL).build());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> presenters(workshop).getList("presenters.standing")
                .equals(List.of("MATCHES")));

        JsonPath released = schedule.release(workshop).statusCode(201).extract().jsonPath();
        assertEquals(List.of(presenterId), released.getList("changes[0].after.speakers.userId"));
    }

    @Test
    void aPosterSessionOfTwentyPapersOnDistinctBoardsIsReleasedWithTheirAuthors() throws Exception {
        String workshop = schedule.workshop();
        List<UUID> posters = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            posters.add(publish(FactBuilders.submission(workshop).title("Poster " + i)
                    .authors(List.of(new SubmissionChanged.Author("Author " + i, "author" + i + "@authors.workshop.test", null, true),
                            new SubmissionChanged.Author("Grace", "grace@authors.workshop.test", "CWI", false)))
                    .released(SubmissionChanged.Outcome.ACCEPT_POSTER).build()));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> draft(workshop).getList("unplacedPapers").size() == 20);

        List<Map<String, Object>> boards = IntStream.range(0, 20)
                .mapToObj(i -> Map.<String, Object>of("paperId", posters.get(i).toString(), "board", i + 1)).toList();
        schedule.added(workshop, poster(boards));
        schedule.release(workshop).statusCode(201);

        JsonPath published = given().when().get("/api/workshops/" + workshop + "/schedule").then().statusCode(200).extract().jsonPath();
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), published.getList("sessions[0].papers.board"));
        assertEquals(IntStream.rangeClosed(1, 20).mapToObj(i -> "Poster " + i).toList(), published.getList("sessions[0].papers.title"));
        assertEquals(List.of("Author 8", "Grace"), published.getList("sessions[0].papers[7].authors.name"));
        assertEquals(IntStream.rangeClosed(1, 20).mapToObj(i -> "Author " + i).toList(), published.getList("sessions[0].speakers.name"),
                "each poster's presenter speaks, the other authors do not");
    }

    @Test
    void whatCannotBePlacedIsRefusedWithAClearProblem() throws Exception {
        String workshop = schedule.workshop();
        UUID oral = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_ORAL).build());
        UUID otherOral = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_ORAL).build());
        UUID posterA = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_POSTER).build());
        UUID posterB = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_POSTER).build());
        UUID rejected = publish(FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.REJECT).build());
        UUID undecided = publish(FactBuilders.submission(workshop)
                .version(2, SubmissionChanged.Status.SUBMITTED, SubmissionChanged.Reason.SUBMITTED).build());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> draft(workshop).getList("unplacedPapers").size() == 4);
        given().auth().oauth2(schedule.token("olivia")).when().get("/api/workshops/" + workshop + "/program/presenters")
                .then().statusCode(200).body("presenters.size()", equalTo(4));

        schedule.added(workshop, talk(oral, AT_TEN, "Hall A"));
        problem(schedule.add(workshop, talk(oral, december("07T11:00:00Z"), "Hall B")), 409, "is already presented in");
        problem(schedule.add(workshop, talk(posterA, december("07T11:00:00Z"), "Hall B")), 409, "accepted as a poster");
        problem(schedule.add(workshop, talk(rejected, december("07T11:00:00Z"), "Hall B")), 409, "rejected");
        problem(schedule.add(workshop, talk(undecided, december("07T11:00:00Z"), "Hall B")), 409, "no released decision");
        problem(schedule.add(workshop, talk(UUID.randomUUID(), december("07T11:00:00Z"), "Hall B")), 404, "There is no paper");
        problem(schedule.add(workshop, poster(List.of(Map.of("paperId", posterA.toString(), "board", 1),
                Map.of("paperId", posterB.toString(), "board", 1)))), 409, "Board 1 is used twice");
        problem(schedule.add(workshop, poster(List.of(Map.of("paperId", otherOral.toString(), "board", 1)))), 409, "accepted as a talk");
        Map<String, Object> posterAsTalk = new HashMap<>(talk(posterA, december("07T11:00:00Z"), "Hall B"));
        posterAsTalk.put("kind", "POSTER");
        posterAsTalk.put("title", "Posters");
        schedule.add(workshop, posterAsTalk).statusCode(400).body("violations.field", equalTo(List.of("paperId")));
    }

    @Test
    void aWithdrawnAcceptedPaperIsFlaggedInTheDraftAndItsCancelledTalkReleased() throws Exception {
        String workshop = schedule.workshop();
        FactBuilders.Submission paper = FactBuilders.submission(workshop).released(SubmissionChanged.Outcome.ACCEPT_ORAL);
        UUID paperId = publish(paper.build());
        awaitUnplaced(workshop, paperId);
        String talk = schedule.added(workshop, talk(paperId, AT_TEN, "Hall A"));
        schedule.release(workshop).statusCode(201);

        publish(paper.version(4, SubmissionChanged.Status.WITHDRAWN, SubmissionChanged.Reason.WITHDRAWN).build());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !draft(workshop).getList("flagged").isEmpty());
        JsonPath draft = draft(workshop);
        assertEquals(Map.of("sessionId", talk, "sessionTitle", paper.build().title(), "paperId", paperId.toString(),
                "paperTitle", paper.build().title(), "problem", "WITHDRAWN"), draft.getMap("flagged[0]"));

        schedule.cancel(talk);
        assertEquals(List.of(), draft(workshop).getList("flagged"), "a cancelled session presents nothing");
        JsonPath released = schedule.release(workshop).statusCode(201).extract().jsonPath();
        assertEquals("CANCELLED", released.getString("changes[0].type"));
    }

    @Test
    void thePresenterWhoDeclaredInPersonButIsWaitlistedIsFlaggedForTheChair() throws Exception {
        String workshop = schedule.workshop();
        publish(FactBuilders.registration(workshop, "waiting-" + UUID.randomUUID()).email("ada@authors.workshop.test")
                .status(RegistrationChanged.Status.WAITLISTED).waitlistPosition(3).streamAccess(true).build());
        publish(FactBuilders.registration(workshop, "seated-" + UUID.randomUUID()).email("grace@authors.workshop.test").build());
        UUID waitlisted = publish(twoAuthors(FactBuilders.submission(workshop)).title("Waiting").released(SubmissionChanged.Outcome.ACCEPT_ORAL)
                .cameraReadySent("Waiting", "ada@authors.workshop.test", SubmissionChanged.Attendance.IN_PERSON).build());
        UUID seated = publish(twoAuthors(FactBuilders.submission(workshop)).title("Seated").released(SubmissionChanged.Outcome.ACCEPT_ORAL)
                .cameraReadySent("Seated", "grace@authors.workshop.test", SubmissionChanged.Attendance.IN_PERSON).build());
        UUID unregistered = publish(FactBuilders.submission(workshop).title("Unregistered").released(SubmissionChanged.Outcome.ACCEPT_POSTER)
                .authors(List.of(new SubmissionChanged.Author("Hedy", "hedy@authors.workshop.test", null, true)))
                .cameraReadySent("Unregistered", "hedy@authors.workshop.test", SubmissionChanged.Attendance.VIRTUAL).build());

        // Registrations and papers arrive on two topics: wait for both.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> presenters(workshop).getList("presenters.standing")
                .equals(List.of("MATCHES", "NOT_REGISTERED", "NO_SEAT")));
        JsonPath presenters = presenters(workshop);
        assertEquals(List.of("Seated", "Unregistered", "Waiting"), presenters.getList("presenters.title"));
        assertEquals(List.of(seated.toString(), unregistered.toString(), waitlisted.toString()), presenters.getList("presenters.paperId"));
        assertEquals(List.of(false, true, true), presenters.getList("presenters.flagged"));
        assertEquals(Map.of("status", "WAITLISTED", "mode", "IN_PERSON", "streamAccess", true, "emailVerified", true), presenters.getMap("presenters[2].registration"));
        given().auth().oauth2(schedule.token("alice")).when().get("/api/workshops/" + workshop + "/program/presenters")
                .then().statusCode(403);
    }

    private static FactBuilders.Submission twoAuthors(FactBuilders.Submission submission) {
        return submission.authors(List.of(new SubmissionChanged.Author("Ada", "ada@authors.workshop.test", "TU Wien", true),
                new SubmissionChanged.Author("Grace", "grace@authors.workshop.test", "CWI", false)));
    }

    private static Map<String, Object> talk(UUID paperId, String startsAt, String room) {
        return Map.of("kind", "TALK", "paperId", paperId.toString(), "startsAt", startsAt,
                "endsAt", java.time.Instant.parse(startsAt).plus(Duration.ofMinutes(30)).toString(), "room", room);
    }

    private static Map<String, Object> poster(List<Map<String, Object>> papers) {
        return Map.of("title", "Posters", "kind", "POSTER", "startsAt", december("07T13:00:00Z"),
                "endsAt", december("07T14:30:00Z"), "room", "Foyer", "papers", papers);
    }

    private static void problem(ValidatableResponse response, int status, String detail) {
        String said = response.statusCode(status).contentType("application/problem+json").extract().path("detail");
        assertTrue(said.contains(detail), said);
    }

    private JsonPath draft(String workshop) {
        return given().auth().oauth2(schedule.token("olivia")).when().get("/api/workshops/" + workshop + "/draft")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath presenters(String workshop) {
        return given().auth().oauth2(schedule.token("olivia")).contentType(ContentType.JSON)
                .when().get("/api/workshops/" + workshop + "/program/presenters").then().statusCode(200).extract().jsonPath();
    }

    private void awaitUnplaced(String workshop, UUID paperId) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> draft(workshop).getList("unplacedPapers.paperId").contains(paperId.toString()));
    }

    private ScheduleReleased lastRelease(String workshop) throws Exception {
        ScheduleReleased last = null;
        for (TestEvents.Received received : schedule.published(Topics.SCHEDULE_RELEASES)) {
            ScheduleReleased release = JSON.readValue(received.value(), ScheduleReleased.class);
            if (release.workshopId().equals(workshop)) {
                last = release;
            }
        }
        return last;
    }

    private UUID publish(SubmissionChanged fact) {
        schedule.publish(Topics.SUBMISSIONS, fact.submissionId().toString(), EventTypes.SUBMISSION_CHANGED, fact);
        return fact.submissionId();
    }

    private void publish(RegistrationChanged fact) {
        schedule.publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(fact.workshopId(), fact.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, fact);
    }
}
