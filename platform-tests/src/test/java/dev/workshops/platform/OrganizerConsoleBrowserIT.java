package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The organizer's half of the console in a real browser (headless Chromium) against the packaged portal and
 * services: an organizer signs in, creates a workshop, gives it site content, adds sessions (one clashes: the page
 * names the session it clashes with and keeps what was typed), reads the grid, previews and publishes a release,
 * moves a session and publishes the move, and sets the registration policy, all through pages. Every page visited
 * is saved under target/screenshots/.
 */
class OrganizerConsoleBrowserIT {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void anOrganizerCreatesAWorkshopWithSiteContentSchedulesItPublishesTwoReleasesAndSetsThePolicy() {
        Platform platform = Platform.get();
        String portal = platform.portalUrl();
        String id = "console-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.now(VIENNA).plusDays(20);
        String console = portal + "/console/workshops/" + id;

        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(portal + "/console");
            browser.signIn("olivia", "olivia", "/console", "30-keycloak-login-organizer");
            assertTrue(browser.text(By.id("roles")).contains("Organizer"), browser.text(By.id("roles")));
            browser.portalPage("31-console");
            browser.audit("31-console");

            // The workshop: its times are typed in its own zone.
            browser.clickAndWait(By.id("create-workshop"));
            fillWorkshop(browser, id, "Scientific Reasoning at the Frontier", first);
            browser.portalPage("32-workshop-form");
            browser.audit("32-workshop-form");
            browser.clickAndWait(By.id("save-workshop"));
            assertEquals(console, browser.driver.getCurrentUrl());
            assertTrue(browser.text(By.id("flash")).startsWith("The workshop is created."), browser.text(By.id("flash")));
            assertEquals(first + "T09:00", browser.find(By.id("startsAt")).getAttribute("value"));

            // The same id again: the service's sentence, and the form as typed.
            browser.open(portal + "/console/workshops/new");
            fillWorkshop(browser, id, "A second workshop with a taken id", first);
            browser.clickAndWait(By.id("save-workshop"));
            assertFalse(browser.text(By.id("problem")).isBlank());
            assertEquals("A second workshop with a taken id", browser.find(By.id("title")).getAttribute("value"));
            assertEquals(first + "T09:00", browser.find(By.id("startsAt")).getAttribute("value"));

            // The landing page lists it with its console pages.
            browser.open(portal + "/console");
            WebElement card = browser.find(By.id("console-" + id));
            assertTrue(card.getText().contains("Draft schedule") && card.getText().contains("Registration policy"), card.getText());

            // Site content: a photo that is not a web address is refused and nothing typed is lost.
            browser.open(console + "/site");
            browser.find(By.id("overview")).sendKeys("## Scope\n\nWe study **scientific reasoning** in multimodal models.");
            browser.find(By.id("personName-0")).sendKeys("Ada Lovelace");
            browser.find(By.id("personAffiliation-0")).sendKeys("Analytical Engines Ltd");
            new Select(browser.find(By.id("personRole-0"))).selectByValue("KEYNOTE");
            browser.find(By.id("personBio-0")).sendKeys("Wrote the first published program.");
            browser.find(By.id("personPhoto-0")).sendKeys("ftp://photos.example.org/ada.png");
            browser.find(By.id("personName-1")).sendKeys("Grace Hopper");
            browser.find(By.id("personAffiliation-1")).sendKeys("US Navy");
            new Select(browser.find(By.id("personRole-1"))).selectByValue("ORGANIZER");
            browser.find(By.id("sponsorName-0")).sendKeys("Acme Labs");
            new Select(browser.find(By.id("sponsorTier-0"))).selectByValue("GOLD");
            browser.find(By.id("sponsorUrl-0")).sendKeys("https://example.org/acme");
            browser.portalPage("33-site-form");
            browser.clickAndWait(By.id("save-site"));
            assertFalse(browser.text(By.id("problem")).isBlank());
            assertEquals("Ada Lovelace", browser.find(By.id("personName-0")).getAttribute("value"));
            assertEquals("ORGANIZER", new Select(browser.find(By.id("personRole-1"))).getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.find(By.id("overview")).getAttribute("value").contains("**scientific reasoning**"));
            browser.find(By.id("personPhoto-0")).clear();
            browser.clickAndWait(By.id("save-site"));
            assertTrue(browser.text(By.id("flash")).startsWith("The site content is saved"), browser.text(By.id("flash")));

            // The draft: a keynote, then a talk in the same room at the same time, refused with the clash named.
            browser.open(console + "/schedule");
            assertEquals("The draft has no sessions yet.", browser.text(By.id("no-sessions")));
            fillSession(browser, "Opening keynote", "KEYNOTE", first + "T09:00", first + "T10:00", "Hall A", "Ada Lovelace");
            browser.clickAndWait(By.id("add-session"));
            assertTrue(browser.text(By.id("flash")).contains("“Opening keynote” is in the draft"), browser.text(By.id("flash")));

            fillSession(browser, "Reasoning benchmarks", "TALK", first + "T09:30", first + "T10:30", "Hall A", "Alan Turing");
            browser.clickAndWait(By.id("add-session"));
            assertEquals("Room 'Hall A' is taken then by 'Opening keynote'.", browser.text(By.id("problem")));
            assertEquals("Reasoning benchmarks", browser.find(By.id("title")).getAttribute("value"));
            assertEquals(first + "T09:30", browser.find(By.id("startsAt")).getAttribute("value"));
            assertEquals("Alan Turing", browser.find(By.id("speakerName-0")).getAttribute("value"));
            browser.portalPage("34-draft-clash");
            browser.audit("34-draft-clash");
            browser.retype("room", "Room 2");
            browser.clickAndWait(By.id("add-session"));
            assertTrue(browser.text(By.id("flash")).contains("“Reasoning benchmarks” is in the draft"), browser.text(By.id("flash")));
            fillSession(browser, "Coffee", "BREAK", first + "T10:30", first + "T11:00", "Foyer", "");
            browser.find(By.id("streamed")).click();
            browser.clickAndWait(By.id("add-session"));
            browser.portalPage("35-draft");

            // The grid: a column per room, the day's sessions in them.
            browser.open(console + "/schedule/grid");
            WebElement grid = browser.find(By.id("grid-" + first));
            List<String> rooms = grid.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Time", "Hall A", "Room 2", "Foyer"), rooms);
            assertTrue(grid.getText().contains("Opening keynote") && grid.getText().contains("Reasoning benchmarks"), grid.getText());
            browser.portalPage("36-draft-grid");
            browser.audit("36-draft-grid");

            // The release preview: three new sessions, nothing published yet; then version 1.
            browser.open(console + "/release");
            assertEquals("Version 1 would publish 3 changes", browser.text(By.id("preview-title")));
            assertEquals(3, browser.driver.findElements(By.cssSelector("#changes li[data-change=ADDED]")).size());
            browser.open(portal + "/workshops/" + id);
            assertTrue(browser.driver.findElements(By.id("release")).isEmpty(), "nothing is released by the preview");
            browser.open(console + "/release");
            browser.find(By.id("comment")).sendKeys("First programme");
            browser.portalPage("37-release-preview");
            browser.audit("37-release-preview");
            browser.clickAndWait(By.id("publish"));
            assertEquals("Version 1 is published with 3 changes.", browser.text(By.id("flash")));
            assertEquals("Nothing to release", browser.text(By.id("preview-title")));

            // The public page shows the site and the release.
            browser.open(portal + "/workshops/" + id);
            assertTrue(browser.text(By.id("overview")).contains("We study scientific reasoning in multimodal models."));
            assertTrue(browser.text(By.id("keynote")).contains("Ada Lovelace"), browser.text(By.id("keynote")));
            assertTrue(browser.text(By.id("organizers")).contains("Grace Hopper"));
            assertTrue(browser.text(By.id("sponsors")).contains("Acme Labs"));
            assertTrue(browser.text(By.id("release")).contains("version 1"), browser.text(By.id("release")));

            // Moving the talk: the preview says so before version 2 is published.
            browser.open(console + "/schedule");
            browser.clickAndWait(By.cssSelector("a[aria-label='Edit or move Reasoning benchmarks']"));
            browser.setValue("startsAt", first + "T11:00");
            browser.setValue("endsAt", first + "T12:00");
            browser.clickAndWait(By.id("save-session"));
            assertTrue(browser.text(By.id("flash")).contains("“Reasoning benchmarks” is changed in the draft"), browser.text(By.id("flash")));
            browser.open(console + "/release");
            WebElement moved = browser.find(By.cssSelector("#changes li[data-change=MOVED]"));
            assertTrue(moved.getText().contains("Reasoning benchmarks") && moved.getText().contains("09:30–10:30")
                    && moved.getText().contains("11:00–12:00"), moved.getText());
            assertEquals(1, browser.driver.findElements(By.cssSelector("#changes li")).size());
            browser.clickAndWait(By.id("publish"));
            assertEquals("Version 2 is published with 1 change.", browser.text(By.id("flash")));

            // The policy: registration-service learns of the workshop through Kafka; until then the form comes back as typed.
            browser.open(console + "/policy");
            browser.find(By.id("inPersonCapacity")).sendKeys("30");
            browser.setValue("opensAt", LocalDate.now(VIENNA).minusDays(1) + "T00:00");
            browser.setValue("closesAt", first + "T09:00");
            browser.find(By.id("offerTtlHours")).sendKeys("24");
            browser.portalPage("38-policy-form");
            browser.audit("38-policy-form");
            browser.until(WorkshopDay.EVENTUALLY, driver -> {
                browser.clickAndWait(By.id("save-policy"));
                assertEquals("30", browser.find(By.id("inPersonCapacity")).getAttribute("value"));
                return !driver.findElements(By.id("flash")).isEmpty();
            });
            assertEquals("The registration policy is saved.", browser.text(By.id("flash")));
            assertEquals("24", browser.find(By.id("offerTtlHours")).getAttribute("value"));
            browser.portalPage("39-policy-saved");
            browser.open(portal + "/workshops/" + id);
            assertEquals("In person and virtual", browser.text(By.id("attendance")));
        }
    }

    private static void fillWorkshop(Browser browser, String id, String title, LocalDate first) {
        browser.find(By.id("id")).sendKeys(id);
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("venue")).sendKeys("TU Wien");
        browser.find(By.id("timezone")).sendKeys("Europe/Vienna");
        browser.setValue("startsAt", first + "T09:00");
        browser.setValue("endsAt", first.plusDays(1) + "T18:00");
        browser.find(By.id("description")).sendKeys("Training and evaluating multimodal models for science.");
    }

    private static void fillSession(Browser browser, String title, String kind, String startsAt, String endsAt, String room,
            String speaker) {
        browser.retype("title", title);
        new Select(browser.find(By.id("kind"))).selectByValue(kind);
        browser.setValue("startsAt", startsAt);
        browser.setValue("endsAt", endsAt);
        browser.retype("room", room);
        browser.retype("speakerName-0", speaker);
    }
}
