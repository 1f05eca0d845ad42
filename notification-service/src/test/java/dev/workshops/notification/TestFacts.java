package dev.workshops.notification;

import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ReviewAssignmentChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The set-up the notification tests share: facts published as the other services would (a workshop, a
 * registration that tells the service who someone is), people signed in through Keycloak, and reads of the
 * service's own tables that show how far it has got.
 */
@ApplicationScoped
public class TestFacts {

    /** A Keycloak attendee with their access token, subject id and the address the test mailbox receives. */
    public record Person(String name, String token, String id, String email) {
    }

    private final String issuer;
    private final String kafka;
    private final Pool database;
    private final Clock clock;

    public TestFacts(@ConfigProperty(name = "workshop.test.issuer") String issuer,
            @ConfigProperty(name = "workshop.test.kafka") String kafka, Pool database, Clock clock) {
        this.issuer = issuer;
        this.kafka = kafka;
        this.database = database;
        this.clock = clock;
    }

    /** A new workshop in Vienna, as schedule-service announces it. */
    public String workshop(String title, Instant startsAt, Instant endsAt) {
        String workshop = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        publish(Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                new WorkshopChanged(workshop, title, "Europe/Vienna", "TU Wien", startsAt, endsAt, null, 1, WorkshopChanged.Reason.CREATED));
        return workshop;
    }

    /** {@code count} new attendees named after {@code prefix}. */
    public List<Person> people(String prefix, int count) {
        return KeycloakUsers.createAttendees(issuer, prefix + "-" + System.nanoTime(), count).stream().map(name -> {
            String token = Tokens.accessToken(issuer, name);
            return new Person(name, token, Tokens.subjectOf(token), name + "@bench.workshop.test");
        }).toList();
    }

    public String token(String user) {
        return Tokens.accessToken(issuer, user);
    }

    /** Lets the service learn who {@code person} is (and their registration) from a snapshot whose reason tells nothing. */
    public void registered(String workshop, Person person, String mode, String status) {
        Instant now = clock.instant();
        publish(Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, person.id()), EventTypes.REGISTRATION_CHANGED,
                "/registration-service", new RegistrationChanged(UUID.randomUUID(), workshop, person.id(), person.email(), person.name(),
                        null, RegistrationChanged.Mode.valueOf(mode), RegistrationChanged.Status.valueOf(status), null, null, !"CANCELLED".equals(status), null, null, now, now, 1, RegistrationChanged.Reason.CHECKED_IN, null, true));
    }

    /** A submission's snapshot as submissions-service publishes it. */
    public void publish(SubmissionChanged submission) {
        publish(Topics.SUBMISSIONS, submission.submissionId().toString(), EventTypes.SUBMISSION_CHANGED, "/submissions-service", submission);
    }

    /** A review assignment's snapshot as submissions-service publishes it. */
    public void publish(ReviewAssignmentChanged assignment) {
        publish(Topics.REVIEW_ASSIGNMENTS, assignment.assignmentId().toString(), EventTypes.REVIEW_ASSIGNMENT_CHANGED, "/submissions-service",
                assignment);
    }

    public void publish(String topic, String key, String type, String source, Object body) {
        TestEvents.publish(kafka, topic, key, type, source, body);
    }

    /** The {@code n} column of a {@code SELECT count(*) AS n ... $1} query on the service's tables. */
    public long count(String sql, Object parameter) {
        return Rows.count(database, sql, parameter);
    }

    public boolean workshopKnown(String workshop) {
        return Rows.workshopKnown(database, workshop);
    }

    /**
     * What {@code address} has received once their first email is in and none the service decided to send them is
     * still waiting to go. Every notice is recorded with its email in the transaction that reads its fact, so this
     * is all that fact (and those read before it) will ever send them: nothing else is on its way.
     */
    public List<MimeMessage> settledMail(String address) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !MailBox.to(address).isEmpty()
                && count("SELECT count(*) AS n FROM delivery WHERE recipient = $1 AND status IN ('PENDING', 'SENDING')", address) == 0);
        return MailBox.to(address);
    }

    /** The in-app notices {@code person} has been given (one per fact, whatever happens to the email). */
    public long noticesOf(Person person) {
        return count("SELECT count(*) AS n FROM notification WHERE recipient_id = $1", person.id());
    }
}
