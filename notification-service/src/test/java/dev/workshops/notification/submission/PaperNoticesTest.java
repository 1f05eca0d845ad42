package dev.workshops.notification.submission;

import static dev.workshops.infra.FactBuilders.authors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.SubmissionChanged.Attendance;
import dev.workshops.events.SubmissionChanged.Outcome;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaperNoticesTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void everyAuthorIsToldTheReleasedDecisionOnceWithTheCommentsAndTheCameraReadyRequest() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant cameraReadyDue = now.plus(Duration.ofDays(40));
        String workshop = facts.workshop("Deciding workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91)));
        String tag = String.valueOf(System.nanoTime());
        String ada = "ada-" + tag + "@authors.workshop.test";
        String ben = "ben-" + tag + "@authors.workshop.test";
        String rex = "rex-" + tag + "@authors.workshop.test";
        FactBuilders.Submission accepted = FactBuilders.submission(workshop).title("Accepted & <bold>").authors(authors("Ada", ada, "Ben", ben))
                .cameraReadyDeadlineAt(cameraReadyDue);
        FactBuilders.Submission rejected = FactBuilders.submission(workshop).title("Rejected paper").authors(authors("Rex", rex));
        // Before release the facts carry no decision: submitted, then changed.
        facts.publish(accepted.version(2, Status.SUBMITTED, Reason.SUBMITTED).build());
        facts.publish(rejected.version(2, Status.SUBMITTED, Reason.SUBMITTED).build());
        SubmissionChanged released = accepted.decided(Outcome.ACCEPT_ORAL, "A clear contribution.", "Please cite <prior work>.")
                .version(3, Status.SUBMITTED, Reason.DECISION_RELEASED).build();
        facts.publish(released);
        facts.publish(released);
        facts.publish(rejected.decided(Outcome.REJECT, "Out of scope.").version(3, Status.SUBMITTED, Reason.DECISION_RELEASED).build());
        // Later facts keep carrying the decision: the camera-ready deadline moves, the camera-ready arrives.
        facts.publish(accepted.cameraReadyDeadlineAt(cameraReadyDue.plus(Duration.ofDays(1))).version(4, Status.SUBMITTED, Reason.DEADLINE_MOVED).build());
        facts.publish(accepted.cameraReady("Accepted, final", ben, Attendance.VIRTUAL).version(5, Status.SUBMITTED, Reason.CAMERA_READY).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1 AND version >= 3", workshop) == 2
                && MailBox.to(ada).size() >= 3);

        for (String author : List.of(ada, ben)) {
            assertEquals(List.of("Accepted & <bold>: accepted as a talk", "Camera-ready received: Accepted, final",
                    "Submission received: Accepted & <bold>"), facts.settledMail(author).stream().map(MailBox::subject).sorted().toList(), author);
            assertEquals(1, facts.count("SELECT count(*) AS n FROM notification WHERE kind = 'decision-released' AND recipient_id = $1",
                    "email:" + author));
        }
        String decision = MailBox.text(mail(ada, "Accepted & <bold>: accepted"));
        assertTrue(decision.contains("A clear contribution.") && decision.contains("Please cite <prior work>."), decision);
        assertTrue(decision.contains("Please send its camera-ready") && decision.contains(
                WHEN.format(cameraReadyDue.atOffset(ZoneOffset.ofHours(-12))) + " (AoE)"), decision);
        assertTrue(MailBox.html(mail(ada, "Accepted & <bold>: accepted")).contains("Please cite &lt;prior work&gt;."));
        String received = MailBox.text(mail(ben, "Camera-ready received"));
        assertTrue(received.contains("Ben presents it online") && received.contains(
                WHEN.format(cameraReadyDue.plus(Duration.ofDays(1)).atOffset(ZoneOffset.ofHours(-12))) + " (AoE)"), received);

        assertEquals(List.of("Rejected paper: not accepted", "Submission received: Rejected paper"),
                facts.settledMail(rex).stream().map(MailBox::subject).sorted().toList());
        String rejection = MailBox.text(mail(rex, "Rejected paper: not accepted"));
        assertTrue(rejection.contains("Out of scope.") && !rejection.contains("camera-ready"), rejection);
    }

    @Test
    void acceptedPapersWithoutACameraReadyAreRemindedSevenDaysAndOneDayBeforeItsDeadline() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant deadline = now.plus(Duration.ofDays(10));
        String workshop = facts.workshop("Camera-ready workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91)));
        String tag = String.valueOf(System.nanoTime());
        String late = "late-" + tag + "@authors.workshop.test";
        String sender = "sent-" + tag + "@authors.workshop.test";
        String rejected = "rej-" + tag + "@authors.workshop.test";
        FactBuilders.Submission waiting = FactBuilders.submission(workshop).title("Waiting paper").authors(authors("Lea", late))
                .cameraReadyDeadlineAt(deadline).decided(Outcome.ACCEPT_POSTER).version(3, Status.SUBMITTED, Reason.DECISION_RELEASED);
        FactBuilders.Submission sent = FactBuilders.submission(workshop).title("Sent paper").authors(authors("Sam", sender))
                .cameraReadyDeadlineAt(deadline).decided(Outcome.ACCEPT_ORAL).version(3, Status.SUBMITTED, Reason.DECISION_RELEASED);
        facts.publish(waiting.build());
        facts.publish(sent.build());
        facts.publish(FactBuilders.submission(workshop).title("Rejected").authors(authors("Rae", rejected)).cameraReadyDeadlineAt(deadline)
                .decided(Outcome.REJECT).version(3, Status.SUBMITTED, Reason.DECISION_RELEASED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                facts.count("SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1", workshop) == 3);

        moveClockTo(deadline.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(late) == 1 && reminders(sender) == 1);
        facts.publish(sent.cameraReady("Sent, final", sender, Attendance.IN_PERSON).version(4, Status.SUBMITTED, Reason.CAMERA_READY).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1 AND camera_ready_at IS NOT NULL", workshop) == 1);
        moveClockTo(deadline.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(late) == 2);
        assertEquals(1, reminders(sender), "its camera-ready arrived");
        assertEquals(0, reminders(rejected));
        MimeMessage last = facts.settledMail(late).stream().filter(m -> MailBox.subject(m).contains("24 hours")).findFirst().orElseThrow();
        assertEquals("Camera-ready due within 24 hours: Waiting paper", MailBox.subject(last));
        assertTrue(MailBox.text(last).contains(WHEN.format(deadline.atOffset(ZoneOffset.ofHours(-12))) + " (AoE)"));
    }

    @Test
    void aPresenterWithoutARegistrationIsAskedOnceAndOneInPersonWithoutASeatIsToldOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        String workshop = facts.workshop("Presenting workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91)));
        List<TestFacts.Person> people = facts.people("presenter", 4);
        TestFacts.Person pia = people.get(0);
        TestFacts.Person quinn = people.get(1);
        TestFacts.Person rae = people.get(2);
        TestFacts.Person sol = people.get(3);
        FactBuilders.Submission unregistered = presented(workshop, pia, Attendance.IN_PERSON);
        FactBuilders.Submission waitlisted = presented(workshop, quinn, Attendance.IN_PERSON);
        FactBuilders.Submission online = presented(workshop, rae, Attendance.VIRTUAL);
        FactBuilders.Submission impersonated = presented(workshop, sol, Attendance.VIRTUAL);
        for (FactBuilders.Submission paper : List.of(unregistered, waitlisted, online, impersonated)) {
            facts.publish(paper.build());
        }
        // The registrations arrive after the camera-ready facts. Someone else registered with Sol's address, unverified:
        // that is not Sol's registration.
        facts.publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, quinn.id()), EventTypes.REGISTRATION_CHANGED, "/registration-service",
                FactBuilders.registration(workshop, quinn.id()).email(quinn.email()).became(RegistrationChanged.Status.WAITLISTED,
                        RegistrationChanged.Reason.WAITLISTED).waitlistPosition(3).build());
        facts.publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, rae.id()), EventTypes.REGISTRATION_CHANGED, "/registration-service",
                FactBuilders.registration(workshop, rae.id()).email(rae.email()).mode(RegistrationChanged.Mode.VIRTUAL).build());
        String impostor = "impostor-" + System.nanoTime();
        facts.publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, impostor), EventTypes.REGISTRATION_CHANGED, "/registration-service",
                FactBuilders.registration(workshop, impostor).email(sol.email()).unverifiedEmail().build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM registration_projection WHERE workshop_id = $1", workshop) == 3 && facts.count(
                "SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1 AND camera_ready_at IS NOT NULL", workshop) == 4);
        assertEquals(0, asked(pia, "presenter-register"), "the registrations may still be on their way");

        clock.advance(Duration.ofMinutes(11));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> asked(pia, "presenter-register") == 1
                && asked(quinn, "presenter-not-in-person") == 1 && asked(sol, "presenter-register") == 1);
        // A corrected camera-ready with the same presenter asks nobody again.
        facts.publish(unregistered.cameraReady("Corrected title", pia.email(), Attendance.IN_PERSON)
                .version(4, Status.SUBMITTED, Reason.CAMERA_READY).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1 AND version = 4", workshop) == 1);
        clock.advance(Duration.ofMinutes(11));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> MailBox.to(pia.email()).size() >= 4);
        // The first fact the service hears of the paper carries its decision and camera-ready: both are told.
        List<String> pias = facts.settledMail(pia.email()).stream().map(MailBox::subject).sorted().toList();
        assertEquals(List.of("Camera-ready received: Corrected title", "Camera-ready received: Presented paper",
                "Please register for Presenting workshop", "Presented paper: accepted as a talk"), pias);
        assertTrue(MailBox.text(mail(pia.email(), "Please register")).contains("you present \"Presented paper\" at Presenting workshop (in person)"));
        assertEquals(List.of("Camera-ready received: Presented paper", "Presented paper: accepted as a talk",
                "You are on the waitlist for Presenting workshop", "You present in person, but have no seat at Presenting workshop"),
                facts.settledMail(quinn.email()).stream().map(MailBox::subject).sorted().toList());
        assertEquals(0, asked(rae, "presenter-register") + asked(rae, "presenter-not-in-person") + asked(quinn, "presenter-register"));
        assertEquals(1, asked(pia, "presenter-register"));
    }

    private static FactBuilders.Submission presented(String workshop, TestFacts.Person presenter, Attendance attendance) {
        return FactBuilders.submission(workshop).title("Presented paper").authors(authors(presenter.name(), presenter.email()))
                .decided(Outcome.ACCEPT_ORAL).cameraReady("Presented paper", presenter.email(), attendance)
                .version(3, Status.SUBMITTED, Reason.CAMERA_READY);
    }

    private long asked(TestFacts.Person person, String kind) {
        return facts.count("SELECT count(*) AS n FROM notification WHERE kind = '" + kind + "' AND recipient_id = $1", "email:" + person.email());
    }

    private long reminders(String email) {
        return facts.count("SELECT count(*) AS n FROM notification WHERE kind = 'camera-ready-reminder' AND recipient_id = $1", "email:" + email);
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static MimeMessage mail(String email, String subjectStart) {
        return MailBox.to(email).stream().filter(m -> MailBox.subject(m).startsWith(subjectStart)).findFirst().orElseThrow();
    }

}
