package dev.workshops.schedule.workshop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopRulesTest {

    private static final OffsetDateTime OPENS = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(30).plusHours(8);

    @Test
    void aWorkshopInARegionThatEndsAfterItStartsIsAccepted() {
        assertDoesNotThrow(() -> WorkshopRules.check(request("Europe/Vienna", OPENS, OPENS.plus(Duration.ofDays(2)))));
    }

    @Test
    void anOffsetIsNoTimeZoneBecauseItDoesNotFollowDaylightSaving() {
        assertEquals(List.of("timezone"), fields(() -> WorkshopRules.check(request("+02:00", OPENS, OPENS.plusDays(1)))));
        assertEquals(List.of("timezone"), fields(() -> WorkshopRules.check(request("Mars/Olympus", OPENS, OPENS.plusDays(1)))));
    }

    @Test
    void aWorkshopMustEndAfterItStarts() {
        assertEquals(List.of("endsAt"), fields(() -> WorkshopRules.check(request("Europe/Vienna", OPENS, OPENS))));
    }

    @Test
    void everyProblemIsToldAtOnce() {
        assertEquals(List.of("timezone", "endsAt"),
                fields(() -> WorkshopRules.check(request("UTC+2", OPENS, OPENS.minusHours(1)))));
    }

    private static List<String> fields(Runnable check) {
        ProblemException refused = assertThrows(ProblemException.class, check::run);
        assertEquals(400, refused.problem().status());
        return ((List<?>) refused.problem().extensions().get("violations")).stream()
                .map(violation -> ((Problem.Violation) violation).field()).toList();
    }

    private static WorkshopRequest request(String timezone, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        return new WorkshopRequest("ws-rules", "Rules", timezone, "TU Wien", startsAt, endsAt, null);
    }
}
