package dev.workshops.schedule.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final Instant OPENS = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30)).plus(Duration.ofHours(8));
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(10));
    private static final SessionCodec CODEC = new SessionCodec(new JsonColumns(new ObjectMapper()));

    @Test
    void aSessionWithinTheWorkshopIsAcceptedUpToItsLastMinute() {
        assertDoesNotThrow(() -> SessionRules.checkTimes(workshop(), request(OPENS, CLOSES, "Hall A")));
    }

    @Test
    void aSessionEndingBeforeItStartsIsInvalid() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> SessionRules.checkTimes(workshop(), request(OPENS.plus(Duration.ofHours(2)), OPENS.plus(Duration.ofHours(1)), "Hall A")));

        assertEquals(400, refused.problem().status());
        assertEquals(List.of("endsAt"), fields(refused));
    }

    @Test
    void aSessionStartingBeforeTheWorkshopOrAtItsEndIsOutsideIt() {
        ProblemException early = assertThrows(ProblemException.class,
                () -> SessionRules.checkTimes(workshop(), request(OPENS.minus(Duration.ofMinutes(30)), OPENS.plus(Duration.ofHours(1)), "Hall A")));
        ProblemException atTheEnd = assertThrows(ProblemException.class,
                () -> SessionRules.checkTimes(workshop(), request(CLOSES, CLOSES.plus(Duration.ofHours(1)), "Hall A")));

        assertEquals(List.of("startsAt"), fields(early));
        assertEquals(List.of("startsAt", "endsAt"), fields(atTheEnd));
    }

    @Test
    void aSessionEndingAfterTheWorkshopIsOutsideIt() {
        ProblemException late = assertThrows(ProblemException.class,
                () -> SessionRules.checkTimes(workshop(), request(CLOSES.minus(Duration.ofHours(1)), CLOSES.plus(Duration.ofMinutes(1)), "Hall A")));

        assertEquals(List.of("endsAt"), fields(late));
    }

    @Test
    void aRoomTakenAtTheSameTimeConflictsWhateverItsCaseOrSpacing() {
        Session other = scheduled("Metadata", "Room 1", speaker("Grace", null));

        ProblemException refused = assertThrows(ProblemException.class,
                () -> SessionRules.checkConflicts(" room  1", List.of(), List.of(other), CODEC));

        assertEquals(409, refused.problem().status());
        assertTrue(refused.problem().detail().contains("Room 1"), refused.problem().detail());
        assertEquals(other.id, ((Map<?, ?>) refused.problem().extensions().get("conflictingSession")).get("id"));
    }

    @Test
    void aSpeakerWithoutAnAccountIsTheSamePersonWhateverTheCaseOfTheirName() {
        Session other = scheduled("Provenance", "Room 2", speaker("Ada  Lovelace", null));

        ProblemException refused = assertThrows(ProblemException.class, () -> SessionRules.checkConflicts("Room 1",
                List.of(new SessionSnapshot.Speaker("ada lovelace", null, null)), List.of(other), CODEC));

        assertTrue(refused.problem().detail().contains("speaks at 'Provenance'"), refused.problem().detail());
    }

    @Test
    void aSpeakerWithAnAccountIsThatAccountWhateverTheName() {
        Session other = scheduled("Provenance", "Room 2", speaker("Ada Lovelace", "user-1"));

        assertThrows(ProblemException.class, () -> SessionRules.checkConflicts("Room 1",
                List.of(new SessionSnapshot.Speaker("A. Lovelace", null, "user-1")), List.of(other), CODEC));
        assertDoesNotThrow(() -> SessionRules.checkConflicts("Room 1",
                List.of(new SessionSnapshot.Speaker("Ada Lovelace", null, null)), List.of(other), CODEC));
    }

    @Test
    void otherRoomsAndOtherSpeakersDoNotConflict() {
        Session other = scheduled("Provenance", "Room 2", speaker("Grace", null));

        assertDoesNotThrow(() -> SessionRules.checkConflicts("Room 1",
                List.of(new SessionSnapshot.Speaker("Ada", null, null)), List.of(other), CODEC));
    }

    private static List<String> fields(ProblemException refused) {
        return ((List<?>) refused.problem().extensions().get("violations")).stream()
                .map(violation -> ((Problem.Violation) violation).field()).toList();
    }

    private static Workshop workshop() {
        Workshop workshop = new Workshop();
        workshop.id = "ws-rules";
        workshop.timezone = "Europe/Vienna";
        workshop.startsAt = OPENS;
        workshop.endsAt = CLOSES;
        return workshop;
    }

    private static SessionRequest request(Instant startsAt, Instant endsAt, String room, SessionRequest.Speaker... speakers) {
        return new SessionRequest("A talk", SessionRequest.Kind.TALK, OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(endsAt, ZoneOffset.UTC), room, List.of(speakers), null, null, null, null);
    }

    private static Map<String, String> speaker(String name, String userId) {
        return userId == null ? Map.of("name", name) : Map.of("name", name, "userId", userId);
    }

    /** Another scheduled session overlapping the request's hour. */
    private static Session scheduled(String title, String room, Map<String, String> speaker) {
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.workshopId = "ws-rules";
        session.title = title;
        session.room = room;
        session.startsAt = OPENS.plus(Duration.ofMinutes(30));
        session.endsAt = OPENS.plus(Duration.ofMinutes(90));
        session.speakers = CODEC.write(List.of(speaker));
        session.status = Session.SCHEDULED;
        return session;
    }
}
