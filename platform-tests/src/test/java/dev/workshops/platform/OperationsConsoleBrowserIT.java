package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.infra.Api;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The organizer's operations in a real browser (headless Chromium) against the packaged portal and services: the
 * roster of a workshop four people registered for through the API (two seats in person, so the third waits), its
 * counts (a fifth registration shows in them without a reload), a status filter and a search, the CSV export; then a stream attached to the released keynote (an address
 * that is not http(s) refused first, the form as typed), taken live, ended and given its recording (a refused address
 * first, kept as typed), all through pages. The roster and streams pages pass the accessibility audit; every page
 * visited is saved under target/screenshots/.
 */
class OperationsConsoleBrowserIT {

    @Test
    void anOrganizerReadsFiltersAndExportsTheRosterThenRunsAStreamFromAttachedToRecorded() {
        WorkshopDay day = new WorkshopDay("Scientific Reasoning at the Frontier", 2);
        String portal = day.platform.portalUrl();
        UUID keynote = day.addSession("Opening keynote", "KEYNOTE", day.now.plus(1, ChronoUnit.HOURS), "Hall A");
        day.release();
        List<String> people = day.newAttendees("roster", 5);
        assertEquals("CONFIRMED", register(day, people.get(0), "IN_PERSON", "Frontier Lab"));
        assertEquals("CONFIRMED", register(day, people.get(1), "IN_PERSON", "TU Wien"));
        assertEquals("WAITLISTED", register(day, people.get(2), "IN_PERSON", "Frontier Lab"));
        assertEquals("CONFIRMED", register(day, people.get(3), "VIRTUAL", "Open University"));
        String console = portal + "/console/workshops/" + day.id;

        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(console + "/roster");
            browser.signIn("olivia", "olivia", "/roster", "40-keycloak-login-organizer");

            // The counts and everyone, oldest first; the waitlist in order.
            assertEquals("2", browser.text(By.cssSelector("#counts-in-person [data-count=confirmed]")));
            assertEquals("1", browser.text(By.cssSelector("#counts-in-person [data-count=waitlisted]")));
            assertEquals("1", browser.text(By.cssSelector("#counts-virtual [data-count=confirmed]")));
            assertEquals(people.subList(0, 4).stream().map(WorkshopDay::emailOf).toList(), column(browser, 2));
            assertEquals("1–4 of 4, oldest first", browser.text(By.id("shown")));
            WebElement waitlist = browser.find(By.id("waitlist-in-person"));
            assertTrue(waitlist.getText().contains(WorkshopDay.emailOf(people.get(2))), waitlist.getText());
            assertEquals("1", waitlist.findElement(By.tagName("li")).getAttribute("value"));
            browser.portalPage("41-roster");
            browser.audit("41-roster");

            // Live: someone registering while the page is open shows in its counts without a reload (the page's script).
            browser.driver.executeScript("window.sameDocument = true;");
            assertEquals("CONFIRMED", register(day, people.get(4), "VIRTUAL", "Open University"));
            browser.until(WorkshopDay.EVENTUALLY, driver -> "2".equals(browser.driver.executeScript(
                    "return document.querySelector('#counts-virtual [data-count=confirmed]').textContent;")));
            assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.sameDocument === true;"), "the page was not reloaded");

            // Filtered by status: the form keeps what was chosen, the list is the waitlist.
            new Select(browser.find(By.id("status"))).selectByValue("WAITLISTED");
            browser.clickAndWait(By.id("search"));
            assertTrue(browser.driver.getCurrentUrl().contains("status=WAITLISTED"), browser.driver.getCurrentUrl());
            assertEquals("WAITLISTED", new Select(browser.find(By.id("status"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(List.of(WorkshopDay.emailOf(people.get(2))), column(browser, 2));
            assertEquals("Waitlisted, position 1", browser.text(By.cssSelector("#registrations tbody tr td:nth-child(5)")));

            // A search on the affiliation, any status: the text stays in the box.
            new Select(browser.find(By.id("status"))).selectByValue("");
            browser.retype("q", "frontier lab");
            browser.clickAndWait(By.id("search"));
            assertEquals("frontier lab", browser.find(By.id("q")).getAttribute("value"));
            assertEquals(List.of(WorkshopDay.emailOf(people.get(0)), WorkshopDay.emailOf(people.get(2))), column(browser, 2));
            browser.portalPage("42-roster-search");

            // The CSV, as the download link gives it.
            String href = browser.find(By.id("csv")).getAttribute("href");
            List<?> download = (List<?>) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.text().then(body => done([String(r.status), r.headers.get('content-type'),
                        r.headers.get('content-disposition'), body]))).catch(e => done(['failed', String(e), '', '']));""", href);
            assertEquals("200", download.get(0), String.valueOf(download));
            assertTrue(String.valueOf(download.get(1)).startsWith("text/csv"), String.valueOf(download.get(1)));
            assertEquals("attachment; filename=\"" + day.id + "-registrations.csv\"", download.get(2));
            List<String> lines = String.valueOf(download.get(3)).lines().toList();
            assertTrue(lines.getFirst().startsWith("id,name,email,affiliation,mode,status,"), lines.getFirst());
            assertEquals(6, lines.size(), String.valueOf(download.get(3)));
            assertTrue(lines.get(3).contains(WorkshopDay.emailOf(people.get(2))) && lines.get(3).contains(",Frontier Lab,IN_PERSON,WAITLISTED,"),
                    lines.get(3));
            assertTrue(lines.get(4).contains(",Open University,VIRTUAL,CONFIRMED,"), lines.get(4));
            assertTrue(lines.get(5).contains(WorkshopDay.emailOf(people.get(4))), lines.get(5));

            // Streams: the console lists the released keynote to attach a stream to.
            browser.clickAndWait(By.cssSelector("#console-nav a[href$='/streams']"));
            assertEquals("No session has a stream yet.", browser.text(By.id("no-streams")));
            new Select(browser.find(By.id("session"))).selectByValue(keynote.toString());
            new Select(browser.find(By.id("provider"))).selectByValue("HLS");
            browser.retype("playbackUrl", "ftp://cdn.example.org/keynote.m3u8");
            browser.clickAndWait(By.id("attach"));
            assertEquals("playbackUrl must be an http(s) URL", browser.text(By.id("problem")));
            assertEquals(keynote.toString(), new Select(browser.find(By.id("session"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("ftp://cdn.example.org/keynote.m3u8", browser.find(By.id("playbackUrl")).getAttribute("value"));
            browser.portalPage("43-streams-refused");
            browser.audit("43-streams-refused");

            // streaming-service learns of the release through Kafka: until then the form comes back as typed.
            browser.retype("playbackUrl", "https://cdn.example.org/keynote.m3u8");
            browser.until(WorkshopDay.EVENTUALLY, driver -> {
                browser.clickAndWait(By.id("attach"));
                if (!driver.findElements(By.id("flash")).isEmpty()) {
                    return true;
                }
                assertEquals("https://cdn.example.org/keynote.m3u8", browser.find(By.id("playbackUrl")).getAttribute("value"));
                return false;
            });
            assertEquals("The stream is attached to “Opening keynote”. Go live when the session starts.", browser.text(By.id("flash")));
            assertEquals("SCHEDULED", row(browser, keynote).getAttribute("data-status"));

            browser.clickAndWait(By.cssSelector("button[aria-label='Go live: Opening keynote']"));
            assertEquals("“Opening keynote” is live: attendees with stream access can join.", browser.text(By.id("flash")));
            assertEquals("Live now", row(browser, keynote).findElement(By.cssSelector("[data-stream-status]")).getText());
            browser.portalPage("44-streams-live");
            browser.audit("44-streams-live");

            browser.clickAndWait(By.cssSelector("button[aria-label='End Opening keynote']"));
            assertEquals("“Opening keynote” has ended. Add its recording when it is ready.", browser.text(By.id("flash")));
            assertEquals("ENDED", row(browser, keynote).getAttribute("data-status"));

            // A recording address that is not http(s): the service's sentence beside it, the address as typed.
            browser.retype("recordingUrl-0", "ftp://recordings.example.org/keynote.mp4");
            browser.clickAndWait(By.cssSelector("button[aria-label='Add the recording of Opening keynote']"));
            assertEquals("recordingUrl must be an http(s) URL", browser.text(By.id("recording-problem")));
            assertEquals("ftp://recordings.example.org/keynote.mp4", browser.find(By.id("recordingUrl-0")).getAttribute("value"));
            browser.retype("recordingUrl-0", "https://recordings.example.org/keynote.mp4");
            browser.clickAndWait(By.cssSelector("button[aria-label='Add the recording of Opening keynote']"));
            assertEquals("The recording of “Opening keynote” is added: attendees with stream access can watch it.",
                    browser.text(By.id("flash")));
            assertEquals("Recording available", row(browser, keynote).findElement(By.cssSelector("[data-stream-status]")).getText());
            browser.portalPage("45-streams-recorded");
            browser.audit("45-streams-recorded");

            // The roster again, unfiltered from the console's tabs: the landing page links both pages too.
            browser.open(portal + "/console");
            WebElement card = browser.find(By.id("console-" + day.id));
            assertTrue(card.findElements(By.cssSelector("a[href='/console/workshops/" + day.id + "/roster']")).size() == 1
                    && card.findElements(By.cssSelector("a[href='/console/workshops/" + day.id + "/streams']")).size() == 1, card.getText());
            browser.clickAndWait(By.cssSelector("#console-" + day.id + " a[href$='/roster']"));
            assertEquals(5, browser.driver.findElements(By.cssSelector("#registrations tbody tr")).size());
            browser.screenshot("console-roster");
        }
    }

    private static String register(WorkshopDay day, String username, String mode, String affiliation) {
        return Api.post(day.registration("/api/workshops/" + day.id + "/registrations"), day.token(username),
                Map.of("mode", mode, "affiliation", affiliation)).expect(201).path("status").asText();
    }

    /** The roster table's cells of one column (1-based), top to bottom. */
    private static List<String> column(Browser browser, int column) {
        browser.find(By.id("registrations"));
        return browser.driver.findElements(By.cssSelector("#registrations tbody tr td:nth-child(" + column + ")")).stream()
                .map(WebElement::getText).toList();
    }

    private static WebElement row(Browser browser, UUID session) {
        return browser.find(By.id("s-" + session));
    }
}
