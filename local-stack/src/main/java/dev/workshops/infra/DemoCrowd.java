package dev.workshops.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's people and what they have done by the time a newcomer looks: a crowd that took every in-person seat,
 * two more waiting, one who cancelled so the first on the waitlist holds an offer, and a few online; mike's
 * mentoring slots with a booking; the first keynote's stream attached and live. Everyone is created in Keycloak
 * with the password equal to the username.
 */
final class DemoCrowd {

    private static final String WORKSHOP = DemoSeed.WORKSHOP_ID;

    /** In the order they registered: the first {@link DemoSeed#IN_PERSON_SEATS} take the seats, the next two wait. */
    private static final List<String> IN_PERSON = List.of("ada", "ben", "chen", "dana", "emeka", "farah", "goran", "hiro",
            "ines", "jomo", "kiri", "lena", "mateo", "nadia");
    private static final List<String> ONLINE = List.of("omar", "paula", "quinn", "rosa", "sven");
    /** A seat holder who cancels, so that the first on the waitlist is offered the seat. */
    private static final String CANCELLING = "dana";
    private static final String BOOKING_MENTORING = "ada";

    static {
        if (IN_PERSON.size() != DemoSeed.IN_PERSON_SEATS + 2 || IN_PERSON.indexOf(CANCELLING) >= DemoSeed.IN_PERSON_SEATS) {
            throw new IllegalStateException("the demo crowd must fill the seats with two to spare, and a seat holder must cancel");
        }
    }

    private DemoCrowd() {
    }

    /** The people the demo creates, for the line {@code stack up} prints. */
    static List<String> usernames() {
        List<String> all = new ArrayList<>(IN_PERSON);
        all.addAll(ONLINE);
        return all;
    }

    static List<String> seed(String issuer, String organizer, String scheduleUrl, String registrationUrl, String streamingUrl,
            LocalDate firstDay, ZoneId zone) {
        KeycloakUsers.createPeople(issuer, usernames().stream()
                .map(name -> new KeycloakUsers.Person(name, capitalised(name), "Demo", name + "@workshop.test", List.of("attendee")))
                .toList());
        List<String> done = new ArrayList<>();
        // Live before anyone registers: notification-service tells registered people a stream is live, and a keynote
        // two weeks away is not. (It could still tell someone whose registration it heard of first; harmless here.)
        done.add(takeTheKeynoteLive(organizer, scheduleUrl, streamingUrl));
        done.add(registerTheCrowd(issuer, registrationUrl));
        done.add(publishMentoringSlots(issuer, scheduleUrl, firstDay.plusDays(1), zone));
        return done;
    }

    private static String registerTheCrowd(String issuer, String registrationUrl) {
        String registrations = registrationUrl + "/api/workshops/" + WORKSHOP + "/registrations";
        for (String person : IN_PERSON) {
            register(issuer, registrations, person, "IN_PERSON");
        }
        for (String person : ONLINE) {
            register(issuer, registrations, person, "VIRTUAL");
        }
        int cancelled = DemoSeed.send(Tokens.accessToken(issuer, CANCELLING),
                HttpRequest.newBuilder(URI.create(registrations + "/me")).DELETE());
        DemoSeed.expect(200, cancelled, "cancelling " + CANCELLING + "'s demo registration");
        return "registrations: " + IN_PERSON.size() + " in person for " + DemoSeed.IN_PERSON_SEATS + " seats and " + ONLINE.size()
                + " online; " + CANCELLING + " cancelled, so " + IN_PERSON.get(DemoSeed.IN_PERSON_SEATS)
                + " (first on the waitlist) holds an offer and " + IN_PERSON.getLast() + " waits";
    }

    private static void register(String issuer, String registrations, String person, String mode) {
        int status = DemoSeed.send(Tokens.accessToken(issuer, person), HttpRequest.newBuilder(URI.create(registrations))
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\": \"" + mode + "\", \"affiliation\": \"Demo University\"}")));
        DemoSeed.expect(201, status, "registering " + person + " for the demo");
    }

    /** Three slots of mike's in the second day's mentoring block; ada booked the first. */
    private static String publishMentoringSlots(String issuer, String scheduleUrl, LocalDate day, ZoneId zone) {
        String mentor = Tokens.accessToken(issuer, "mike");
        String slots = scheduleUrl + "/api/workshops/" + WORKSHOP + "/mentoring/slots";
        List<String> slotIds = new ArrayList<>();
        slotIds.add(slot(mentor, slots, day, zone, "11:00", "Planning your first benchmark", "ONLINE", "meetingUrl",
                "https://meet.example.org/mike-benchmarks"));
        slotIds.add(slot(mentor, slots, day, zone, "11:20", "Getting a paper past reviewers", "IN_PERSON", "location", "Room 2, table 1"));
        slotIds.add(slot(mentor, slots, day, zone, "11:40", "Careers between machine learning and the lab", "ONLINE", "meetingUrl",
                "https://meet.example.org/mike-careers"));
        String bookerToken = Tokens.accessToken(issuer, BOOKING_MENTORING);
        // schedule-service lets a person book once it has heard of their registration (403 until then).
        int booked = DemoSeed.askWhile(403, () -> DemoSeed.send(bookerToken,
                HttpRequest.newBuilder(URI.create(scheduleUrl + "/api/mentoring/slots/" + slotIds.getFirst() + "/bookings"))
                        .POST(HttpRequest.BodyPublishers.noBody())));
        DemoSeed.expect(201, booked, "booking the demo's first mentoring slot");
        return "mentoring: three slots by mike on the second day, the first booked by " + BOOKING_MENTORING;
    }

    private static String slot(String mentor, String slots, LocalDate day, ZoneId zone, String from, String topic, String format,
            String placeField, String place) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", day.atTime(LocalTime.parse(from)).atZone(zone).toOffsetDateTime().toString());
        body.put("endsAt", day.atTime(LocalTime.parse(from)).plusMinutes(20).atZone(zone).toOffsetDateTime().toString());
        body.put("topic", topic);
        body.put("format", format);
        body.put(placeField, place);
        HttpResponse<String> created = DemoSeed.exchange(mentor, HttpRequest.newBuilder(URI.create(slots))
                .POST(DemoSeed.body(body)));
        DemoSeed.expect(201, created.statusCode(), "publishing the demo mentoring slot '" + topic + "': " + created.body());
        return DemoSeed.json(created).path("id").asText();
    }

    /** The first keynote's stream, attached and live, so the streams page and the viewers panel have something to show. */
    private static String takeTheKeynoteLive(String organizer, String scheduleUrl, String streamingUrl) {
        JsonNode schedule = DemoSeed.json(DemoSeed.exchange(null, HttpRequest.newBuilder(
                URI.create(scheduleUrl + "/api/workshops/" + WORKSHOP + "/schedule")).GET()));
        JsonNode keynote = null;
        for (JsonNode session : schedule.path("sessions")) {
            if (keynote == null && "KEYNOTE".equals(session.path("kind").asText())) {
                keynote = session;
            }
        }
        if (keynote == null) {
            throw new IllegalStateException("the demo schedule has no keynote to stream");
        }
        String stream = streamingUrl + "/api/sessions/" + keynote.path("id").asText() + "/stream";
        String attach = "{\"provider\": \"HLS\", \"playbackUrl\": \"https://stream.example.org/scientific-reasoning/keynote-1.m3u8\"}";
        int attached = DemoSeed.putOnceKnown(organizer, stream, attach);
        DemoSeed.expect(200, attached, "attaching the demo keynote's stream");
        int live = DemoSeed.send(organizer, HttpRequest.newBuilder(URI.create(stream + "/live")).POST(HttpRequest.BodyPublishers.noBody()));
        DemoSeed.expect(200, live, "taking the demo keynote's stream live");
        return "stream: '" + keynote.path("title").asText() + "' is live (its watch links open shortly before the session starts)";
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
