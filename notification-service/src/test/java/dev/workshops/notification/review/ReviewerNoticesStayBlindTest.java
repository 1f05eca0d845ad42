package dev.workshops.notification.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.SubmissionChanged.Outcome;
import dev.workshops.events.SubmissionChanged.Reason;
import dev.workshops.events.SubmissionChanged.Status;
import dev.workshops.infra.FactBuilders;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.TestFacts;
import dev.workshops.notification.TestFacts.Person;
import dev.workshops.support.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Double-blind on this service's side: in a DOUBLE call, everything a reviewer is told of their papers (the
 * assignment notice, the reminders), in their feed and in every email the SMTP server received for them, names no
 * author; and what an author is told of the decision names no reviewer.
 */
@QuarkusTest
class ReviewerNoticesStayBlindTest {

    @Inject
    TestFacts facts;

    @Inject
    TestClock clock;

    @Test
    void aReviewersFeedAndEmailsNameNoAuthorAndAnAuthorsNameNoReviewer() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant due = now.plus(Duration.ofDays(10));
        String workshop = facts.workshop("Blind workshop", now.plus(Duration.ofDays(90)), now.plus(Duration.ofDays(91)));
        String tag = String.valueOf(System.nanoTime());
        List<Person> people = facts.people("blind", 3);
        Person ottoline = people.get(0);
        Person percival = people.get(1);
        Person member = people.get(2);
        // The authors' accounts are known here (they registered), so their ids could leak if anything joined them in.
        facts.registered(workshop, ottoline, "IN_PERSON", "CONFIRMED");
        facts.registered(workshop, percival, "VIRTUAL", "CONFIRMED");
        String noAccount = "quentin-" + tag + "@authors.workshop.test";
        List<SubmissionChanged.Author> authors = List.of(
                new SubmissionChanged.Author("Ottoline Quarrington " + tag, ottoline.email(), "Institute of Zebrafish Optics " + tag, true),
                new SubmissionChanged.Author("Percival Wexford " + tag, percival.email(), "Umbra Labs " + tag, false),
                new SubmissionChanged.Author("Quentin Yarrow " + tag, noAccount, "Vireo College " + tag, false));
        UUID paper = UUID.randomUUID();
        FactBuilders.Submission submission = FactBuilders.submission(workshop).id(paper).title("An anonymous paper").authors(authors);
        facts.publish(submission.version(2, Status.SUBMITTED, Reason.SUBMITTED).build());
        UUID memberId = UUID.randomUUID();
        String memberName = "Rosalind Reviewer " + tag;
        facts.publish(FactBuilders.assignment(workshop, paper).member(memberId, member.email(), memberName)
                .paperTitle("An anonymous paper").dueAt(due).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.workshopKnown(workshop)
                && facts.count("SELECT count(*) AS n FROM recipient WHERE attendee_id = $1", percival.id()) == 1
                && facts.count("SELECT count(*) AS n FROM assignment_projection WHERE submission_id = $1", paper) == 1);

        clock.advance(Duration.ofMinutes(11));
        awaitMemberNotices(member, 1);
        clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1))));
        awaitMemberNotices(member, 2);
        clock.advance(Duration.between(clock.instant(), due.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(1))));
        awaitMemberNotices(member, 3);
        facts.publish(submission.decided(Outcome.ACCEPT_POSTER, "Reviewer 1: a careful study.").version(3, Status.SUBMITTED,
                Reason.DECISION_RELEASED).build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM notification WHERE kind = 'decision-released' AND recipient_id = $1", "email:" + noAccount) == 1);

        String reviewerSees = feedOf(member) + mailOf(member.email());
        assertTrue(reviewerSees.contains("An anonymous paper") && reviewerSees.contains("review-reminder"), reviewerSees);
        List<String> authorData = new ArrayList<>(List.of(ottoline.id(), percival.id(), ottoline.name(), percival.name()));
        authors.forEach(author -> authorData.addAll(List.of(author.name(), author.email(), author.affiliation())));
        for (String each : authorData) {
            assertNotIn(reviewerSees, each);
        }

        for (Person author : List.of(ottoline, percival)) {
            String authorSees = feedOf(author) + mailOf(author.email());
            assertTrue(authorSees.contains("accepted as a poster") && authorSees.contains("a careful study"), authorSees);
            for (String each : List.of(memberName, member.email(), member.name(), member.id(), memberId.toString())) {
                assertNotIn(authorSees, each);
            }
        }
        String quentinSees = mailOf(noAccount);
        assertEquals(2, MailBox.to(noAccount).size(), "received and decided");
        for (String each : List.of(memberName, member.email(), memberId.toString())) {
            assertNotIn(quentinSees, each);
        }
    }

    private void awaitMemberNotices(Person member, long count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> facts.count(
                "SELECT count(*) AS n FROM notification WHERE recipient_id = $1", "email:" + member.email()) == count);
    }

    /** The feed as the person reads it, signed in. */
    private static String feedOf(Person person) {
        return given().auth().oauth2(person.token()).queryParam("size", 100).when().get("/api/notifications/me")
                .then().statusCode(200).extract().asString();
    }

    /** Every email the SMTP server received for the address: subject, text and HTML, once none is still to go. */
    private String mailOf(String email) {
        StringBuilder all = new StringBuilder();
        for (MimeMessage message : facts.settledMail(email)) {
            all.append(MailBox.subject(message)).append('\n').append(MailBox.text(message)).append('\n').append(MailBox.html(message));
        }
        return all.toString();
    }

    private static void assertNotIn(String seen, String secret) {
        assertTrue(!seen.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)), "\"" + secret + "\" appears in: " + seen);
    }
}
