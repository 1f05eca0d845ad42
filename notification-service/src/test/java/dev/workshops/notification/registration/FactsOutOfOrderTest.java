package dev.workshops.notification.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.workshops.events.EventTypes;
import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.ScheduleChange;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.StarChanged;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopSummary;
import dev.workshops.infra.FactBuilders;
import dev.workshops.infra.KeycloakUsers;
import dev.workshops.infra.TestEvents;
import dev.workshops.infra.Tokens;
import dev.workshops.notification.MailBox;
import dev.workshops.notification.Rows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Topics are not ordered against each other: a registration or a star can arrive before the workshop or the release
 * it concerns. Notices then name things by what the fact itself carries, never by an id.
 */
@QuarkusTest
class FactsOutOfOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Inject
    io.vertx.mutiny.sqlclient.Pool database;

    @Test
    void aRegistrationBeforeItsWorkshopIsToldWithTheTitleItCarries() {
        String workshop = "late-" + UUID.randomUUID().toString().substring(0, 8);
        String attendee = newAttendee("early");
        RegistrationChanged registration = FactBuilders.registration(workshop, attendee).ticketCode("W1-late")
                .workshop(FactBuilders.workshop(workshop).title("Late & <Great>").summary()).build();

        publish(registration);

        MimeMessage mail = firstMailTo(registration.email());
        assertEquals("You have a place at Late & <Great>", MailBox.subject(mail));
        assertFalse(MailBox.words(mail).contains(workshop), MailBox.text(mail));
    }

    @Test
    void aRegistrationOfThePreviousShapeIsToldWithTheTitleHeardOnWorkshops() throws Exception {
        String workshop = "old-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(kafka, Topics.WORKSHOPS, workshop, EventTypes.WORKSHOP_CHANGED, "/schedule-service",
                FactBuilders.workshop(workshop).title("Heard on workshops").build());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.workshopKnown(database, workshop));
        RegistrationChanged registration = FactBuilders.registration(workshop, newAttendee("old-shape")).build();
        ObjectNode previousShape = JSON.valueToTree(registration);
        previousShape.remove("workshop");

        TestEvents.publishRaw(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(workshop, registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", JSON.writeValueAsString(previousShape));

        // Absent, the workshop defaults to none: the notice takes the title from the projection.
        assertEquals("You have a place at Heard on workshops", MailBox.subject(firstMailTo(registration.email())));
    }

    @Test
    void aStarBeforeItsSessionsReleaseIsToldWithTheSessionAndWorkshopTitles() {
        String workshop = "unheard-" + UUID.randomUUID().toString().substring(0, 8);
        WorkshopSummary summary = FactBuilders.workshop(workshop).title("Never announced on workshops").summary();
        String attendee = newAttendee("star-first");
        RegistrationChanged known = FactBuilders.registration(workshop, attendee)
                .version(1, RegistrationChanged.Reason.CHECKED_IN)
                .workshop(summary).build();
        publish(known);
        SessionSnapshot before = FactBuilders.session(workshop).title("Sparse attention").build();
        SessionSnapshot after = FactBuilders.session(workshop).id(before.id()).title("Sparse attention")
                .startsAt(before.startsAt().plus(Duration.ofHours(2))).room("Hall B").build();
        TestEvents.publish(kafka, Topics.STARS, StarChanged.keyOf(workshop, attendee), EventTypes.STAR_CHANGED,
                "/schedule-service", new StarChanged(workshop, attendee, before.id(), true, 1));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Rows.count(database,
                "SELECT count(*) AS n FROM star_projection WHERE attendee_id = $1", attendee) == 1
                && Rows.count(database, "SELECT count(*) AS n FROM recipient WHERE attendee_id = $1", attendee) == 1);

        TestEvents.publish(kafka, Topics.SCHEDULE_RELEASES, workshop, EventTypes.SCHEDULE_RELEASED, "/schedule-service",
                FactBuilders.release(workshop, 2).sessions(List.of(after)).workshop(summary)
                        .changes(List.of(new ScheduleChange(before.id(), ScheduleChange.Type.MOVED, before, after))).build());

        MimeMessage mail = firstMailTo(known.email());
        String text = MailBox.text(mail);
        assertTrue(text.contains("Never announced on workshops"), text);
        assertTrue(text.contains("Sparse attention"), text);
        assertFalse(MailBox.words(mail).contains(workshop), text);
    }

    private String newAttendee(String prefix) {
        String name = KeycloakUsers.createAttendees(issuer, prefix + "-" + System.nanoTime(), 1).getFirst();
        return Tokens.subjectOf(Tokens.accessToken(issuer, name));
    }

    private void publish(RegistrationChanged registration) {
        TestEvents.publish(kafka, Topics.REGISTRATIONS, RegistrationChanged.keyOf(registration.workshopId(), registration.attendeeId()),
                EventTypes.REGISTRATION_CHANGED, "/registration-service", registration);
    }

    private static MimeMessage firstMailTo(String email) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !MailBox.to(email).isEmpty());
        return MailBox.to(email).getFirst();
    }
}
