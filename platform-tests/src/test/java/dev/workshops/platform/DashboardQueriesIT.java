package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.workshops.infra.Api;
import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.infra.TestEvents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Drives a little of everything a workshop does through the services' APIs, lets the real Prometheus scrape
 * them, then runs every panel's query of every Grafana dashboard against it: each names only metrics that exist
 * and returns data.
 */
class DashboardQueriesIT {

    @Test
    void everyPanelOfEveryDashboardAnswersWithDataFromTheRunningServices() {
        WorkshopDay day = activity();
        Platform platform = day.platform;

        List<Dashboards.PanelQuery> queries = Dashboards.queries();
        assertTrue(queries.size() >= 30, "the dashboards' queries: " + queries.size());
        assertFalse(metricNames(platform).contains("workshop_no_such_metric"));

        // Scrapes come every second and some facts travel through Kafka first: each panel gets a minute.
        List<String> failures = new ArrayList<>();
        for (Dashboards.PanelQuery query : queries) {
            try {
                Awaitility.await(query.toString()).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> metricNames(platform).containsAll(query.metrics())
                                && !Prometheus.query(platform, query.resolved(day.id)).isEmpty());
            } catch (ConditionTimeoutException e) {
                Set<String> missing = new HashSet<>(query.metrics());
                missing.removeAll(metricNames(platform));
                failures.add(query + (missing.isEmpty() ? ": no data for " + query.resolved(day.id) : ": no metric " + missing));
            }
        }
        assertEquals(List.of(), failures, "panels naming a metric that does not exist, or without data");
    }

    /**
     * A registration rush in miniature, a promotion, a check-in, mentoring, a live stream, emails, a poison event, and
     * a call with a paper, a committee member and a submitted review.
     */
    private static WorkshopDay activity() {
        WorkshopDay day = new WorkshopDay("Dashboards workshop", 1);
        UUID keynote = day.addSession("Opening keynote", "KEYNOTE", day.now.plus(5, ChronoUnit.MINUTES), "Hall A");
        day.release();
        List<String> people = day.newAttendees("dash", 3);
        String first = day.token(people.get(0));
        String second = day.token(people.get(1));
        String online = day.token(people.get(2));
        assertEquals("CONFIRMED", day.register(first, "IN_PERSON").path("status").asText());
        assertEquals("WAITLISTED", day.register(second, "IN_PERSON").path("status").asText());
        day.register(online, "VIRTUAL");
        day.cancel(first);
        JsonNode promoted = day.registrationOf(second);
        assertEquals("CONFIRMED", promoted.path("status").asText(), promoted.toString());
        day.checkIn(promoted.path("ticketCode").asText());

        UUID slot = day.openMentoringSlot(day.token("mike"), day.now.plus(3, ChronoUnit.HOURS), 2);
        day.book(online, slot);
        day.star(online, keynote);
        day.streamLive(keynote, "https://video.example.org/keynote.m3u8");
        String watchUrl = day.join(online, keynote);
        assertEquals(302, Api.get(watchUrl, null).status());

        TestEvents.publishRaw(day.platform.kafka, Topics.STARS, day.id + "/poison", EventTypes.STAR_CHANGED, "/schedule-service", "{not json");
        List<String> paperPeople = day.newAttendees("dash-paper", 2);
        day.reviewCycle(paperPeople.get(0), paperPeople.get(1), TestPaper.write(temporaryPdf(), 4, 4));
        Awaitility.await("emails").atMost(WorkshopDay.EVENTUALLY).until(() -> day.platform.smtp.received().size() >= 3);
        return day;
    }

    private static java.nio.file.Path temporaryPdf() {
        try {
            return java.nio.file.Files.createTempFile("paper", ".pdf");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> metricNames(Platform platform) {
        Set<String> names = new HashSet<>();
        Prometheus.get(platform, "/api/v1/label/__name__/values").path("data").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** Prometheus's HTTP API. */
    static final class Prometheus {

        private Prometheus() {
        }

        static JsonNode get(Platform platform, String path) {
            return Api.get(platform.prometheus.url() + path, null).expect(200);
        }

        static JsonNode query(Platform platform, String promql) {
            JsonNode answer = get(platform, "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
            assertEquals("success", answer.path("status").asText(), answer.toString());
            return answer.path("data").path("result");
        }
    }
}
