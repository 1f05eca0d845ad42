package dev.workshops.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every body as it was published before its newest field (fixtures in {@code previous-shapes/}) still reads, and
 * the absent field takes the default its record documents. A broken body fails with the field named.
 */
class PreviousShapesTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aRegistrationWithoutItsWorkshopReadsWithNone() throws IOException {
        RegistrationChanged registration = read("registration-changed.json", RegistrationChanged.class);
        assertNull(registration.workshop());
        assertEquals(RegistrationChanged.Status.CONFIRMED, registration.status());
        assertEquals(RegistrationChanged.Reason.REGISTERED, registration.reason());
    }

    @Test
    void aRegistrationFromBeforeEmailVerifiedVouchesForNoAddress() throws IOException {
        RegistrationChanged registration = read("registration-changed.json", RegistrationChanged.class);
        assertFalse(registration.emailVerified(), "an old fact cannot say its address was verified");
        String vouched = fixture("registration-changed.json").replace("\"version\":1", "\"version\":1,\"emailVerified\":true");
        assertTrue(EventBodies.read(json, RegistrationChanged.class, vouched).emailVerified());
    }

    @Test
    void anAssignmentWithOnlyItsRequiredFieldsReadsWithNoNamesAndNoWorkshop() throws IOException {
        ReviewAssignmentChanged assignment = read("review-assignment-changed.json", ReviewAssignmentChanged.class);
        assertNull(assignment.memberName());
        assertNull(assignment.paperTitle());
        assertNull(assignment.workshop());
        assertEquals(ReviewAssignmentChanged.State.ASSIGNED, assignment.state());
        assertEquals("rita@reviewers.example", assignment.memberEmail());
        ContractViolation refused = assertThrows(ContractViolation.class, () -> EventBodies.read(json,
                ReviewAssignmentChanged.class, fixture("review-assignment-changed.json").replace(",\"version\":1", "")));
        assertEquals("missing required field version", refused.getMessage());
    }

    @Test
    void aWorkshopWithoutDescriptionReadsWithNone() throws IOException {
        WorkshopChanged workshop = read("workshop-changed.json", WorkshopChanged.class);
        assertNull(workshop.description());
        assertEquals("Open Science 2026", workshop.summary().title());
        assertEquals(workshop.venue(), workshop.summary().venue());
    }

    @Test
    void aWorkshopSummaryFromBeforeTheVenueReadsWithNone() throws IOException {
        RegistrationChanged registration = EventBodies.read(json, RegistrationChanged.class, fixture("registration-changed.json")
                .replace("\"reason\":\"REGISTERED\"", "\"reason\":\"REGISTERED\",\"workshop\":{\"title\":\"Open Science 2026\","
                        + "\"timezone\":\"Europe/Vienna\",\"startsAt\":\"2026-12-08T08:00:00Z\",\"endsAt\":\"2026-12-10T16:00:00Z\",\"version\":3}"));
        assertEquals("Open Science 2026", registration.workshop().title());
        assertNull(registration.workshop().venue());
    }

    @Test
    void aReleaseWithoutItsWorkshopReadsWithNoneAndItsSessionsWithTheirDefaults() throws IOException {
        ScheduleReleased release = read("schedule-released.json", ScheduleReleased.class);
        assertNull(release.workshop());
        assertFalse(release.sessions().getFirst().streamed(), "streamed absent is false");
        assertEquals(List.of(), release.changes().getFirst().after().speakers(), "speakers absent are none");
        assertEquals(List.of(), release.sessions().getFirst().papers(), "papers absent are none");
        assertEquals(ScheduleChange.Type.ADDED, release.changes().getFirst().type());
    }

    @Test
    void aStarAsFirstPublishedReads() throws IOException {
        StarChanged star = read("star-changed.json", StarChanged.class);
        assertTrue(star.starred());
        assertEquals(3, star.version());
    }

    @Test
    void aStarWithoutStarredIsRefusedRatherThanReadAsAnUnstar() {
        ContractViolation refused = assertThrows(ContractViolation.class, () -> EventBodies.read(json, StarChanged.class,
                "{\"workshopId\":\"w\",\"attendeeId\":\"a\",\"sessionId\":\"2c7d1f0a-5b6e-4d2a-8f3c-1a9b8c7d6e5f\",\"version\":3}"));
        assertEquals("missing required field starred", refused.getMessage());
    }

    @Test
    void aSnapshotWithoutItsVersionIsRefusedRatherThanReadAsVersionZero() {
        ContractViolation refused = assertThrows(ContractViolation.class, () -> EventBodies.read(json, StarChanged.class,
                "{\"workshopId\":\"w\",\"attendeeId\":\"a\",\"sessionId\":\"2c7d1f0a-5b6e-4d2a-8f3c-1a9b8c7d6e5f\",\"starred\":true}"));
        assertEquals("missing required field version", refused.getMessage());
    }

    @Test
    void aBookingWithoutItsWorkshopOrLocationReadsWithNone() throws IOException {
        MentoringBookingChanged booking = read("mentoring-booking-changed.json", MentoringBookingChanged.class);
        assertNull(booking.workshop());
        assertNull(booking.slot().location());
    }

    @Test
    void aStreamWithoutSessionTitleOrWorkshopReadsWithNone() throws IOException {
        StreamChanged stream = read("stream-changed.json", StreamChanged.class);
        assertNull(stream.sessionTitle());
        assertNull(stream.workshop());
        assertEquals(StreamChanged.Reason.LIVE, stream.reason());
    }

    @Test
    void anAnnouncementWithoutItsAuthorReadsWithNone() throws IOException {
        AnnouncementCreated announcement = read("announcement-created.json", AnnouncementCreated.class);
        assertNull(announcement.createdBy());
        assertEquals(AnnouncementCreated.Audience.ALL, announcement.audience());
    }

    @Test
    void aCallAsFirstPublishedReadsWithoutCameraReadyDeadlineOrWorkshop() throws IOException {
        CallChanged call = read("call-changed.json", CallChanged.class);
        assertEquals("AoE", call.deadline().zone());
        assertEquals(java.time.LocalTime.of(23, 59), call.deadline().time());
        assertNull(call.cameraReadyDeadline());
        assertNull(call.workshop());
        assertEquals(CallChanged.Blind.DOUBLE, call.blind());
    }

    @Test
    void aSubmissionWithOnlyItsRequiredFieldsReadsWithTheDocumentedDefaults() throws IOException {
        SubmissionChanged submission = read("submission-changed.json", SubmissionChanged.class);
        assertEquals(List.of(), submission.keywords());
        assertNull(submission.authors().getFirst().affiliation());
        assertNull(submission.extendedUntil());
        assertFalse(submission.lateWithinGrace());
        assertEquals(SubmissionChanged.Reason.DRAFTED, submission.reason());
        assertNull(submission.decision(), "a submission as first published has no released decision");
        assertNull(submission.cameraReady());
        assertNull(submission.cameraReadyDeadlineAt(), "a submission from before the camera-ready deadline travelled has none");
    }

    @Test
    void aReleasedDecisionWithoutCommentsReadsWithNone() throws IOException {
        String body = fixture("submission-changed.json").replace("\"reason\":\"DRAFTED\"",
                "\"reason\":\"DECISION_RELEASED\",\"decision\":{\"outcome\":\"ACCEPT_POSTER\",\"releasedAt\":\"2026-11-02T10:00:00Z\"}");
        SubmissionChanged.Decision decision = EventBodies.read(json, SubmissionChanged.class, body).decision();
        assertEquals(SubmissionChanged.Outcome.ACCEPT_POSTER, decision.outcome());
        assertTrue(decision.outcome().accepted());
        assertEquals(List.of(), decision.commentsToAuthors());
    }

    @Test
    void aSubmissionWithoutItsDeadlineIsRefused() throws IOException {
        String body = fixture("submission-changed.json").replace("\"deadlineAt\":\"2026-09-26T11:59:00Z\",", "");
        ContractViolation refused = assertThrows(ContractViolation.class,
                () -> EventBodies.read(json, SubmissionChanged.class, body));
        assertEquals("missing required field deadlineAt", refused.getMessage());
    }

    @Test
    void anUnknownStatusIsAViolationNamingTheFieldAndTheValue() throws IOException {
        String body = fixture("registration-changed.json").replace("\"CONFIRMED\"", "\"ON_HOLD\"");
        ContractViolation violation = assertThrows(ContractViolation.class,
                () -> EventBodies.read(json, RegistrationChanged.class, body));
        assertTrue(violation.getMessage().startsWith("unknown status \"ON_HOLD\" (known: [CONFIRMED"), violation.getMessage());
    }

    @Test
    void anUnknownValueInsideAListNamesWhereItIs() throws IOException {
        String body = fixture("schedule-released.json").replace("\"KEYNOTE\"", "\"WORKSHOP\"");
        ContractViolation violation = assertThrows(ContractViolation.class,
                () -> EventBodies.read(json, ScheduleReleased.class, body));
        assertTrue(violation.getMessage().startsWith("unknown sessions[0].kind \"WORKSHOP\""), violation.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsAViolationNamingIt() throws IOException {
        String body = fixture("workshop-changed.json").replace("\"timezone\":\"Europe/Vienna\",", "");
        ContractViolation violation = assertThrows(ContractViolation.class,
                () -> EventBodies.read(json, WorkshopChanged.class, body));
        assertEquals("missing required field timezone", violation.getMessage());
    }

    private <T> T read(String name, Class<T> type) throws IOException {
        return EventBodies.read(json, type, fixture(name));
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = PreviousShapesTest.class.getResourceAsStream("/previous-shapes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
