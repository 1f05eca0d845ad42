package dev.workshops.schedule.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.workshops.schedule.TestSchedule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteTest {

    @Inject
    TestSchedule schedule;

    @Test
    void anOrganizerPutsTheSiteAndAnyoneReadsItWithTheOverviewRendered() {
        String workshop = schedule.workshop();
        put(workshop, site("Join us for **two days** of [talks](https://example.org/talks).",
                List.of(person("Ada Lovelace", "KEYNOTE", "https://example.org/ada.jpg"), person("Grace Hopper", "ORGANIZER", null)),
                List.of(sponsor("Acme Labs", "GOLD"))))
                .statusCode(200)
                .body("version", equalTo(1))
                .body("overviewHtml", containsString("<strong>two days</strong>"));

        given().when().get("/api/workshops/" + workshop + "/site")
                .then().statusCode(200)
                .body("workshopId", equalTo(workshop))
                .body("overview", equalTo("Join us for **two days** of [talks](https://example.org/talks)."))
                .body("overviewHtml", containsString("<a href=\"https://example.org/talks\" rel=\"nofollow noopener noreferrer\">talks</a>"))
                .body("people.name", equalTo(List.of("Ada Lovelace", "Grace Hopper")))
                .body("people[0].role", equalTo("KEYNOTE"))
                .body("people[0].affiliation", equalTo("Analytical Engines Ltd"))
                .body("people[0].photoUrl", equalTo("https://example.org/ada.jpg"))
                .body("people[0].bio", equalTo("Writes the first programs."))
                .body("people[1].photoUrl", nullValue())
                .body("sponsors[0].name", equalTo("Acme Labs"))
                .body("sponsors[0].tier", equalTo("GOLD"));
    }

    @Test
    void aSecondPutReplacesTheWholeContent() {
        String workshop = schedule.workshop();
        put(workshop, site("First", List.of(person("Ada Lovelace", "KEYNOTE", null)), List.of(sponsor("Acme Labs", "GOLD"))))
                .statusCode(200);
        put(workshop, site("Second", List.of(person("Alan Turing", "PANELIST", null)), List.of())).statusCode(200)
                .body("version", equalTo(2));
        given().when().get("/api/workshops/" + workshop + "/site")
                .then().statusCode(200)
                .body("overview", equalTo("Second"))
                .body("people.name", equalTo(List.of("Alan Turing")))
                .body("sponsors", equalTo(List.of()));
    }

    @Test
    void aWorkshopWithoutContentAnswersAnEmptySiteAndAnUnknownOneIs404() {
        String workshop = schedule.workshop();
        given().when().get("/api/workshops/" + workshop + "/site")
                .then().statusCode(200)
                .body("version", equalTo(0))
                .body("overviewHtml", equalTo(""))
                .body("people", equalTo(List.of()));
        given().when().get("/api/workshops/no-such-workshop/site")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-workshop"));
        put("no-such-workshop", site("x", List.of(), List.of())).statusCode(404);
    }

    @Test
    void hostileMarkdownIsKeptAsTypedAndRendersInert() {
        String workshop = schedule.workshop();
        String hostile = """
                Welcome <script>document.title='owned'</script>

                <img src=x onerror="alert(1)"> [win a prize](javascript:alert(document.cookie))

                ![tracker](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) <a href="https://evil.example" onclick="x()">raw</a>
                """;
        put(workshop, site(hostile, List.of(), List.of())).statusCode(200);
        given().when().get("/api/workshops/" + workshop + "/site")
                .then().statusCode(200)
                .body("overview", equalTo(hostile))
                .body("overviewHtml", not(containsString("<script")))
                .body("overviewHtml", not(containsString("<img")))
                .body("overviewHtml", not(containsString("<a href=\"https://evil")))
                .body("overviewHtml", not(matchesPattern("(?s).*<[a-z][^>]*\\son[a-z]+=.*")))
                .body("overviewHtml", not(containsString("javascript:")))
                .body("overviewHtml", not(containsString("data:")))
                .body("overviewHtml", containsString("&lt;script&gt;"))
                .body("overviewHtml", containsString("win a prize"));
    }

    @Test
    void photoHomepageAndSponsorUrlsMustBeWebAddresses() {
        String workshop = schedule.workshop();
        Map<String, Object> person = new LinkedHashMap<>(person("Ada Lovelace", "KEYNOTE", "javascript:alert(1)"));
        person.put("homepage", "data:text/html,<script>alert(1)</script>");
        Map<String, Object> sponsor = new LinkedHashMap<>(sponsor("Acme Labs", "GOLD"));
        sponsor.put("logoUrl", "ftp://example.org/logo.png");
        put(workshop, site("ok", List.of(person), List.of(sponsor)))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("people[0].photoUrl", "people[0].homepage", "sponsors[0].logoUrl"))
                .body("violations.message", hasItem("must be an http(s) URL"));
    }

    @Test
    void missingNamesUnknownRolesAndTooManyPeopleAre400NamingTheField() {
        String workshop = schedule.workshop();
        Map<String, Object> nameless = new LinkedHashMap<>(person("x", "KEYNOTE", null));
        nameless.remove("name");
        put(workshop, site("ok", List.of(nameless), List.of())).statusCode(400)
                .body("violations.field", hasItem(containsString("name")));
        put(workshop, site("ok", List.of(person("Ada", "CHAIR", null)), List.of())).statusCode(400)
                .contentType("application/problem+json");
        put(workshop, site("ok", List.of(), List.of(sponsor("Acme Labs", "BRONZE")))).statusCode(400);
        put(workshop, site("ok", java.util.Collections.nCopies(201, person("Ada", "VOLUNTEER", null)), List.of())).statusCode(400)
                .body("violations.field", hasItem(containsString("people")));
        put(workshop, site("x".repeat(20001), List.of(), List.of())).statusCode(400)
                .body("violations.field", hasItem(containsString("overview")));
    }

    @Test
    void onlyOrganizersPutTheSite() {
        String workshop = schedule.workshop();
        given().contentType(ContentType.JSON).body(site("x", List.of(), List.of()))
                .when().put("/api/workshops/" + workshop + "/site").then().statusCode(401);
        given().auth().oauth2(schedule.token("alice")).contentType(ContentType.JSON).body(site("x", List.of(), List.of()))
                .when().put("/api/workshops/" + workshop + "/site").then().statusCode(403);
    }

    private ValidatableResponse put(String workshop, Map<String, Object> site) {
        return given().auth().oauth2(schedule.token("olivia")).contentType(ContentType.JSON).body(site)
                .when().put("/api/workshops/" + workshop + "/site").then();
    }

    private static Map<String, Object> site(String overview, List<Map<String, Object>> people, List<Map<String, Object>> sponsors) {
        return Map.of("overview", overview, "people", people, "sponsors", sponsors);
    }

    private static Map<String, Object> person(String name, String role, String photoUrl) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("affiliation", "Analytical Engines Ltd");
        person.put("role", role);
        person.put("bio", "Writes the first programs.");
        if (photoUrl != null) {
            person.put("photoUrl", photoUrl);
        }
        return person;
    }

    private static Map<String, Object> sponsor(String name, String tier) {
        Map<String, Object> sponsor = new LinkedHashMap<>();
        sponsor.put("name", name);
        sponsor.put("tier", tier);
        sponsor.put("url", "https://example.org/" + name.toLowerCase().replace(' ', '-'));
        return sponsor;
    }
}
