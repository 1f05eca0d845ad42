package dev.workshops.notification.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.EventTypes;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.ReviewAssignmentChanged.State;
import dev.workshops.events.Topics;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.TestEvents;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewNoticesTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Duration SETTLE = Duration.ofMinutes(10);

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void eachMemberIsToldOnceOfTheirSettledAssignmentsByTitleAndATakenBackOneIsNeverMentioned() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant due = now.plus(Duration.ofDays(30));
        String tag = String.valueOf(System.nanoTime());
        String grace = "grace-" + tag + "@reviewers.workshop.test";
        String hal = "hal-" + tag + "@reviewers.workshop.test";
        String ivy = "ivy-" + tag + "@reviewers.workshop.test";
        // The assignments arrive before the workshop's own fact: the notice, sent once they settled, names it all the same.
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        UUID graceId = UUID.randomUUID();
        ReviewAssignmentChanged alpha = assignment(workshop, graceId, grace, "Grace", "Alpha & <omega>", due).build();
        facts.publish(alpha);
        facts.publish(alpha);
        facts.publish(assignment(workshop, graceId, grace, "Grace", "Beta", due).build());
        FactBuilders.Assignment gamma = assignment(workshop, graceId, grace, "Grace", "Gamma", due);
        facts.publish(gamma.build());
        facts.publish(gamma.version(2, State.REMOVED).build());
        // Two facts of one assignment out of order: the newer (REMOVED) wins.
        FactBuilders.Assignment epsilon = assignment(workshop, graceId, grace, "Grace", "Epsilon", due);
        ReviewAssignmentChanged epsilonAssigned = epsilon.build();
        facts.publish(epsilon.version(2, State.REMOVED).build());
        facts.publish(epsilonAssigned);
        facts.publish(assignment(workshop, UUID.randomUUID(), hal, "Hal", "Delta", due).build());
        FactBuilders.Assignment ivys = assignment(workshop, UUID.randomUUID(), ivy, "Ivy", "Theta", due);
        facts.publish(ivys.build());
        facts.publish(ivys.version(2, State.REMOVED).build());
        facts.publish(Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                FactBuilders.workshop(workshop).title("Review & <Rigour>").between(now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91))).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1", workshop) == 6
                && facts.count("SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1 AND version = 2", workshop) == 3);
        assertEquals(0, notices(grace) + notices(hal), "nobody is told before their assignments settled");

        clock.advance(SETTLE.plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notices(grace) == 1 && notices(hal) == 1);
        MimeMessage gracesMail = facts.settledMail(grace).getFirst();
        assertEquals("2 papers to review for Review & <Rigour>", MailBox.subject(gracesMail));
        String text = MailBox.text(gracesMail);
        assertTrue(text.contains("Hello Grace,") && text.contains("- \"Alpha & <omega>\", review due "
                + WHEN.format(due.atZone(ZoneId.of("Europe/Vienna"))) + " (Europe/Vienna)") && text.contains("- \"Beta\""), text);
        assertFalse(text.contains("Gamma") || text.contains("Epsilon"), text);
        assertTrue(MailBox.html(gracesMail).contains("Alpha &amp; &lt;omega&gt;"));
        assertEquals("A paper to review for Review & <Rigour>", MailBox.subject(facts.settledMail(hal).getFirst()));

        // A paper assigned later comes in a notice of its own; the same fact again, later, tells nobody again.
        facts.publish(assignment(workshop, graceId, grace, "Grace", "Zeta", due).build());
        facts.publish(alpha);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                facts.count("SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1", workshop) == 7);
        clock.advance(SETTLE.plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notices(grace) == 2);
        List<String> subjects = facts.settledMail(grace).stream().map(MailBox::subject).sorted().toList();
        assertEquals(List.of("2 papers to review for Review & <Rigour>", "A paper to review for Review & <Rigour>"), subjects);
        String later = MailBox.text(MailBox.to(grace).stream().filter(m -> MailBox.subject(m).startsWith("A paper")).findFirst().orElseThrow());
        assertTrue(later.contains("Zeta") && !later.contains("Alpha"), later);
        // Ivy's only assignment was taken back before it settled: she has none, so hears nothing.
        assertEquals(0, notices(ivy) + facts.count("SELECT count(*) AS n FROM delivery WHERE recipient = $1", ivy));
        assertEquals(1, notices(hal));
    }

    @Test
    void membersAreRemindedOfEachUnsubmittedReviewThreeDaysAndOneDayBeforeItIsDueFollowingAMovedDueTime() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant due = now.plus(Duration.ofDays(10));
        Instant moved = due.plus(Duration.ofDays(2));
        String workshop = facts.workshop("Reviewing workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91)));
        String tag = String.valueOf(System.nanoTime());
        String grace = "grace-" + tag + "@reviewers.workshop.test";
        String hal = "hal-" + tag + "@reviewers.workshop.test";
        UUID graceId = UUID.randomUUID();
        FactBuilders.Assignment open = assignment(workshop, graceId, grace, "Grace", "Open paper", due);
        FactBuilders.Assignment submitted = assignment(workshop, graceId, grace, "Grace", "Submitted paper", due);
        FactBuilders.Assignment removed = assignment(workshop, graceId, grace, "Grace", "Removed paper", due);
        FactBuilders.Assignment hals = assignment(workshop, UUID.randomUUID(), hal, "Hal", "Hal's paper", due);
        for (FactBuilders.Assignment each : List.of(open, submitted, removed, hals)) {
            facts.publish(each.build());
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1", workshop) == 4);
        clock.advance(SETTLE.plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notices(grace) == 1 && notices(hal) == 1);
        facts.publish(submitted.version(2, State.SUBMITTED).build());
        facts.publish(removed.version(2, State.REMOVED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                facts.count("SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1 AND state = 'ASSIGNED'", workshop) == 2);

        moveClockTo(due.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(grace) == 1 && reminders(hal) == 1);
        MimeMessage first = facts.settledMail(grace).stream().filter(m -> MailBox.subject(m).startsWith("Review due")).findFirst().orElseThrow();
        assertEquals("Review due within 3 days: Open paper", MailBox.subject(first));
        assertTrue(MailBox.text(first).contains("due " + WHEN.format(due.atZone(ZoneId.of("Europe/Vienna"))) + " (Europe/Vienna)"));

        // The chairs give Grace's open review two more days; Hal's stays.
        facts.publish(open.dueAt(moved).version(2, State.ASSIGNED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM assignment_projection WHERE workshop_id = $1 AND version = 2 AND state = 'ASSIGNED'", workshop) == 1);
        moveClockTo(due.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(hal) == 2);
        assertEquals(1, reminders(grace), "her review is three days out, and its 3-day reminder was sent");
        moveClockTo(moved.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(grace) == 2);
        List<String> subjects = facts.settledMail(grace).stream().map(MailBox::subject).filter(s -> s.startsWith("Review due")).sorted().toList();
        assertEquals(List.of("Review due within 24 hours: Open paper", "Review due within 3 days: Open paper"), subjects);
    }

    @Test
    void aPoisonAssignmentGoesToItsDeadLetterTopicAndTheNextOneIsStillApplied() {
        String workshop = facts.workshop("Poisoned workshop", clock.instant().plus(Duration.ofDays(90)), clock.instant().plus(Duration.ofDays(91)));
        String unreadable = TestEvents.publishRaw(kafka, Topics.REVIEW_ASSIGNMENTS, "bad-1", EventTypes.REVIEW_ASSIGNMENT_CHANGED,
                "/submissions-service", "{not json");
        String withoutMember = TestEvents.publishRaw(kafka, Topics.REVIEW_ASSIGNMENTS, "bad-2", EventTypes.REVIEW_ASSIGNMENT_CHANGED,
                "/submissions-service", "{\"assignmentId\":\"" + UUID.randomUUID() + "\",\"submissionId\":\"" + UUID.randomUUID()
                        + "\",\"workshopId\":\"" + workshop + "\",\"memberId\":\"" + UUID.randomUUID()
                        + "\",\"dueAt\":\"2030-01-01T00:00:00Z\",\"state\":\"ASSIGNED\",\"version\":1}");
        ReviewAssignmentChanged good = assignment(workshop, UUID.randomUUID(), "after-" + System.nanoTime() + "@reviewers.workshop.test",
                "Kim", "Still applied", clock.instant().plus(Duration.ofDays(30))).build();
        facts.publish(good);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM assignment_projection WHERE assignment_id = $1", good.assignmentId()) == 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(kafka, Topics.deadLetterOf(Topics.REVIEW_ASSIGNMENTS))
                .stream().map(dead -> dead.header("ce_id")).toList().containsAll(List.of(unreadable, withoutMember)));
        TestEvents.Received dead = TestEvents.readAll(kafka, Topics.deadLetterOf(Topics.REVIEW_ASSIGNMENTS)).stream()
                .filter(record -> withoutMember.equals(record.header("ce_id"))).findFirst().orElseThrow();
        assertEquals("poison", dead.header("dlq-reason"));
        assertTrue(dead.header("dlq-error").contains("memberEmail"), dead.header("dlq-error"));
    }

    static FactBuilders.Assignment assignment(String workshop, UUID memberId, String email, String name, String title, Instant due) {
        return FactBuilders.assignment(workshop, UUID.randomUUID()).member(memberId, email, name).paperTitle(title).dueAt(due);
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private long notices(String email) {
        return facts.count("SELECT count(*) AS n FROM notification WHERE kind = 'review-assignments' AND recipient_id = $1", "email:" + email);
    }

    private long reminders(String email) {
        return facts.count("SELECT count(*) AS n FROM notification WHERE kind = 'review-reminder' AND recipient_id = $1", "email:" + email);
    }
}
