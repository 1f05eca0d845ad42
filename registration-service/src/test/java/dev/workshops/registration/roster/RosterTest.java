package dev.workshops.registration.roster;

import static dev.workshops.registration.TestAttendees.people;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.infra.Tokens;
import dev.workshops.registration.TestAttendees;
import dev.workshops.registration.TestWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterTest {

    @ConfigProperty(name = "workshop.test.issuer")
    String issuer;

    @ConfigProperty(name = "workshop.test.kafka")
    String kafka;

    @Test
    void theListFiltersSearchesAndPages() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 2, null);
        List<String> people = people(issuer, "roster", 5);
        for (int i = 0; i < 4; i++) {
            register(people.get(i), workshop, "IN_PERSON", "Lab " + i);
        }
        register(people.get(4), workshop, "VIRTUAL", "100% remote_lab");

        list(workshop, Map.of()).statusCode(200).body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.affiliation", contains("Lab 0", "Lab 1", "Lab 2", "Lab 3", "100% remote_lab"));
        list(workshop, Map.of("status", "WAITLISTED")).statusCode(200).body("total", equalTo(2))
                .body("items.affiliation", contains("Lab 2", "Lab 3")).body("items.waitlistPosition", contains(1, 2));
        list(workshop, Map.of("mode", "VIRTUAL")).statusCode(200).body("items.affiliation", contains("100% remote_lab"));
        String email = TestAttendees.mine(people.get(3), workshop).statusCode(200).extract().path("email");
        list(workshop, Map.of("q", email.substring(1).toUpperCase())).statusCode(200).body("items.affiliation", contains("Lab 3"));
        list(workshop, Map.of("q", "0% r")).statusCode(200).body("items.affiliation", contains("100% remote_lab"));
        list(workshop, Map.of("q", "%")).statusCode(200).body("total", equalTo(1));
        list(workshop, Map.of("q", "_")).statusCode(200).body("total", equalTo(1));
        list(workshop, Map.of("page", 1, "size", 2)).statusCode(200).body("total", equalTo(5))
                .body("items.affiliation", contains("Lab 2", "Lab 3"));
    }

    @Test
    void badFiltersAndStrangersAreRefused() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 2, null);
        list(workshop, Map.of("status", "MAYBE")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("status"));
        list(workshop, Map.of("mode", "HOLOGRAM")).statusCode(400).body("violations.field", hasItem("mode"));
        list(workshop, Map.of("size", 501)).statusCode(400).body("violations.field", hasItem("size"));
        list("no-such-workshop", Map.of()).statusCode(404);
        String alice = Tokens.accessToken(issuer, "alice");
        given().auth().oauth2(alice).when().get("/api/workshops/" + workshop + "/registrations").then().statusCode(403);
        given().auth().oauth2(alice).when().get("/api/workshops/" + workshop + "/registrations.csv").then().statusCode(403);
        given().auth().oauth2(alice).when().get("/api/workshops/" + workshop + "/registrations/stats").then().statusCode(403);
        given().when().get("/api/workshops/" + workshop + "/registrations.csv").then().statusCode(401);
    }

    @Test
    void theExportQuotesEveryCellAndNeutralisesFormulas() throws IOException {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 2, null);
        List<String> people = people(issuer, "csv", 3);
        String formula = "=HYPERLINK(\"http://evil.test\",\"click\")";
        given().auth().oauth2(people.get(0)).contentType(ContentType.JSON)
                .body(Map.of("mode", "IN_PERSON", "affiliation", formula, "dietaryNeeds", "vegan, \"no nuts\"\nand no gluten"))
                .when().post("/api/workshops/" + workshop + "/registrations").then().statusCode(201);
        register(people.get(1), workshop, "IN_PERSON", "@SUM(A1)");
        register(people.get(2), workshop, "VIRTUAL", "-2+3");

        String csv = given().auth().oauth2(olivia()).when().get("/api/workshops/" + workshop + "/registrations.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"" + workshop + "-registrations.csv\""))
                .extract().asString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size());
        assertEquals("'" + formula, rows.get(0).get("affiliation"));
        assertEquals("vegan, \"no nuts\"\nand no gluten", rows.get(0).get("dietaryNeeds"));
        assertEquals("'@SUM(A1)", rows.get(1).get("affiliation"));
        assertEquals("'-2+3", rows.get(2).get("affiliation"));
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED"), rows.stream().map(r -> r.get("status")).toList());
        assertEquals(List.of("IN_PERSON", "IN_PERSON", "VIRTUAL"), rows.stream().map(r -> r.get("mode")).toList());
    }

    @Test
    void statsAndMetricsFollowRegistrationsAndCheckIns() {
        String workshop = TestWorkshops.openWithSeats(kafka, issuer, 2, "PT2H");
        List<String> people = people(issuer, "stats", 5);
        for (int i = 0; i < 4; i++) {
            register(people.get(i), workshop, "IN_PERSON", null);
        }
        register(people.get(4), workshop, "VIRTUAL", null);
        given().auth().oauth2(people.get(0)).when().delete("/api/workshops/" + workshop + "/registrations/me").then().statusCode(200);
        String ticket = given().auth().oauth2(people.get(1)).when().get("/api/workshops/" + workshop + "/registrations/me")
                .then().statusCode(200).extract().path("ticketCode");
        given().auth().oauth2(Tokens.accessToken(issuer, "stan")).contentType(ContentType.JSON)
                .body(Map.of("ticketCode", ticket)).when().post("/api/workshops/" + workshop + "/check-ins")
                .then().statusCode(200);

        given().auth().oauth2(olivia()).when().get("/api/workshops/" + workshop + "/registrations/stats").then().statusCode(200)
                .body("inPerson.capacity", equalTo(2)).body("inPerson.confirmed", equalTo(1))
                .body("inPerson.offered", equalTo(1)).body("inPerson.waitlisted", equalTo(1))
                .body("inPerson.checkedIn", equalTo(1))
                .body("virtual.capacity", equalTo(null)).body("virtual.confirmed", equalTo(1))
                .body("virtual.waitlisted", equalTo(0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertEquals(4.0, sample(metrics, "workshop_registrations_total", workshop, "mode=\"IN_PERSON\"", "reason=\"REGISTERED\"")
                    + sample(metrics, "workshop_registrations_total", workshop, "mode=\"IN_PERSON\"", "reason=\"WAITLISTED\""));
            assertEquals(1.0, sample(metrics, "workshop_registrations_total", workshop, "reason=\"OFFERED\""));
            assertEquals(1.0, sample(metrics, "workshop_checkins_total", workshop));
            assertEquals(2.0, sample(metrics, "workshop_seats", workshop, "mode=\"IN_PERSON\"", "state=\"capacity\""));
            assertEquals(1.0, sample(metrics, "workshop_seats", workshop, "mode=\"IN_PERSON\"", "state=\"confirmed\""));
            assertEquals(1.0, sample(metrics, "workshop_seats", workshop, "mode=\"IN_PERSON\"", "state=\"offered\""));
            assertEquals(1.0, sample(metrics, "workshop_seats", workshop, "mode=\"IN_PERSON\"", "state=\"waitlisted\""));
            assertEquals(1.0, sample(metrics, "workshop_seats", workshop, "mode=\"IN_PERSON\"", "state=\"checked_in\""));
            assertEquals(1.0, sample(metrics, "workshop_seats", workshop, "mode=\"VIRTUAL\"", "state=\"confirmed\""));
        });
    }

    @Test
    void statsOfAWorkshopWithoutAPolicyAreNotFound() {
        given().auth().oauth2(olivia()).when().get("/api/workshops/no-such-workshop/registrations/stats")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** The value of the one sample of {@code name} for the workshop whose labels include all of {@code labels}; 0 if none. */
    private static double sample(String metrics, String name, String workshop, String... labels) {
        List<String> lines = metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("workshop=\"" + workshop + "\""))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .toList();
        if (lines.size() > 1) {
            throw new AssertionError("more than one sample matches: " + lines);
        }
        return lines.isEmpty() ? 0.0 : Double.parseDouble(lines.getFirst().substring(lines.getFirst().lastIndexOf(' ') + 1));
    }

    private ValidatableResponse list(String workshop, Map<String, ?> query) {
        return given().auth().oauth2(olivia()).queryParams(query).when().get("/api/workshops/" + workshop + "/registrations").then();
    }

    private String olivia() {
        return Tokens.accessToken(issuer, "olivia");
    }

    private static void register(String token, String workshop, String mode, String affiliation) {
        TestAttendees.register(token, workshop, affiliation == null ? Map.of("mode", mode) : Map.of("mode", mode, "affiliation", affiliation))
                .statusCode(201);
    }
}
