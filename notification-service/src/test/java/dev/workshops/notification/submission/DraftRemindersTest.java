package dev.workshops.notification.submission;

import static dev.workshops.infra.FactBuilders.authors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.CallChanged;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.infra.FactBuilders;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
class DraftRemindersTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void theAuthorsOfADraftAreRemindedOnceAtEachLeadAndFollowAMovedDeadline() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant deadline = now.plus(Duration.ofDays(10));
        Instant moved = deadline.plus(Duration.ofDays(2));
        String workshop = facts.workshop("Reminding workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(92)));
        String tag = String.valueOf(System.nanoTime());
        String ada = "ada-" + tag + "@authors.workshop.test";
        String ben = "ben-" + tag + "@authors.workshop.test";
        String submitter = "sam-" + tag + "@authors.workshop.test";
        String withdrawer = "wes-" + tag + "@authors.workshop.test";
        String extended = "eve-" + tag + "@authors.workshop.test";
        // A draft by two authors; a submitted and a withdrawn one, reminded of nothing; a draft a chair extended two
        // days past the first deadline.
        UUID draft = UUID.randomUUID();
        UUID extendedDraft = UUID.randomUUID();
        facts.publish(FactBuilders.submission(workshop).id(draft).title("Draft paper").authors(authors("Ada", ada, "Ben", ben))
                .deadlineAt(deadline).build());
        facts.publish(FactBuilders.submission(workshop).authors(authors("Sam", submitter)).deadlineAt(deadline)
                .version(2, Status.SUBMITTED, Reason.SUBMITTED).build());
        facts.publish(FactBuilders.submission(workshop).authors(authors("Wes", withdrawer)).deadlineAt(deadline)
                .version(2, Status.WITHDRAWN, Reason.WITHDRAWN).build());
        facts.publish(FactBuilders.submission(workshop).id(extendedDraft).title("Extended paper").authors(authors("Eve", extended))
                .extendedUntil(deadline.plus(Duration.ofDays(1))).version(2, Status.DRAFT, Reason.EXTENDED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM submission_projection WHERE workshop_id = $1", workshop) == 4);

        moveClockTo(deadline.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
        awaitReminders(ada, 1);
        awaitReminders(ben, 1);
        assertEquals(0, reminders(submitter));
        assertEquals(0, reminders(withdrawer));
        assertEquals(0, reminders(extended), "its deadline is eight days out");
        MimeMessage firstMail = facts.settledMail(ada).getFirst();
        assertEquals("Deadline within 7 days: Draft paper", MailBox.subject(firstMail));
        String first = MailBox.text(firstMail);
        assertTrue(first.contains(WHEN.format(deadline.atZone(ZoneId.of("Europe/Vienna"))) + " (Europe/Vienna) ("
                + WHEN.format(deadline.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " (AoE)), within 7 days."), first);

        // The chair moves the call's deadline by two days: submissions-service publishes each open submission again
        // with its deadline; the extended draft's own one stays, as it ends later than the call's did.
        facts.publish(FactBuilders.submission(workshop).id(draft).title("Draft paper").authors(authors("Ada", ada, "Ben", ben))
                .deadlineAt(moved).version(2, Status.DRAFT, Reason.DEADLINE_MOVED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM submission_projection WHERE submission_id = $1 AND version = 2", draft) == 1);
        // 23 hours before the extension ends: the extended draft's 24-hour reminder (the clock jumped past its 7-day
        // window); the moved draft is two days out, whose 7-day reminder was sent and is not sent again.
        moveClockTo(deadline.plus(Duration.ofDays(1)).minus(Duration.ofHours(23)));
        awaitReminders(extended, 1);
        assertEquals(1, reminders(ada));

        moveClockTo(moved.minus(Duration.ofHours(23)));
        awaitReminders(ada, 2);
        awaitReminders(ben, 2);
        moveClockTo(moved.minus(Duration.ofMinutes(30)));
        awaitReminders(ada, 3);
        awaitReminders(ben, 3);

        for (String author : List.of(ada, ben)) {
            assertEquals(List.of("Deadline within 1 hour: Draft paper", "Deadline within 24 hours: Draft paper", "Deadline within 7 days: Draft paper"),
                    facts.settledMail(author).stream().map(MailBox::subject).sorted().toList(), author);
        }
        String last = MailBox.text(MailBox.to(ben).stream().filter(m -> MailBox.subject(m).contains("1 hour")).findFirst().orElseThrow());
        assertTrue(last.contains(WHEN.format(moved.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " (AoE)"), last);
        assertEquals(List.of("Submission received: Sparse attention, revisited"),
                facts.settledMail(submitter).stream().map(MailBox::subject).toList());
        assertEquals(0, reminders(submitter) + reminders(withdrawer));
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private void awaitReminders(String email, long count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> reminders(email) == count);
    }

    private long reminders(String email) {
        return facts.count("SELECT count(*) AS n FROM notification WHERE kind = 'submission-reminder' AND recipient_id = $1", "email:" + email);
    }

}
