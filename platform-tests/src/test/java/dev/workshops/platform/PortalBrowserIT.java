package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

/**
 * The web portal in a real browser (headless Chromium) against the packaged portal and services: an attendee
 * signs in on Keycloak's page, registers in person, waits, is promoted, stars a session, books mentoring and
 * joins a live stream; staff check the ticket in twice. Every page visited is saved under target/screenshots/.
 */
class PortalBrowserIT {

    /** Facts travel through Kafka before the next service shows them. */
    private static final Duration EVENTUALLY = WorkshopDay.EVENTUALLY;

    private static HttpServer videoProvider;

    /** Stands in for the stream provider: the page the watch link finally redirects to. */
    @BeforeAll
    static void startVideoProvider() throws IOException {
        videoProvider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        videoProvider.createContext("/live/", exchange -> {
            byte[] page = "<!DOCTYPE html><title>Keynote playback</title><h1>Keynote playback</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        videoProvider.start();
    }

    @AfterAll
    static void stopVideoProvider() {
        videoProvider.stop(0);
    }

    @Test
    void anAttendeeRegistersWaitsIsPromotedStarsBooksAndWatchesThenStaffCheckTheTicketIn() {
        WorkshopDay day = new WorkshopDay("Open Science for Foundation Models", 1);
        String portal = day.platform.portalUrl();
        Instant now = day.now;
        UUID keynote = day.addSession("Opening keynote: open weights, open questions", "KEYNOTE", now, "Hall A");
        UUID talk = day.addSession("Reproducible evaluation at scale", "TALK", now.plus(2, ChronoUnit.HOURS), "Room 2");
        day.release();
        day.openMentoringSlot(day.token("mike"), now.plus(3, ChronoUnit.HOURS), 1);
        String playback = "http://127.0.0.1:" + videoProvider.getAddress().getPort() + "/live/keynote";
        day.streamLive(keynote, playback);

        // Someone else takes the only seat first.
        String seatHolder = day.token(day.newAttendees("holder", 1).getFirst());
        assertEquals("CONFIRMED", day.register(seatHolder, "IN_PERSON").path("status").asText());

        String attendee = day.newAttendees("web", 1).getFirst();
        String ticket;
        try (Browser browser = new Browser(1280, 1000)) {
            String registrationPage = portal + "/workshops/" + day.id + "/registration";
            browser.open(registrationPage);
            browser.signIn(attendee, attendee, "/workshops/" + day.id + "/registration", "01-keycloak-login");
            assertTrue(browser.pageText().contains("Signed in as Attendee 0"), browser.pageText());
            browser.open(portal + "/");
            assertEquals("Open Science for Foundation Models", browser.text(By.cssSelector(".card h2 a[href='/workshops/" + day.id + "']")));
            browser.portalPage("00-workshops");
            browser.open(registrationPage);

            // In person, but the seat is gone: waitlisted, position 1.
            browser.find(By.cssSelector("input[name=mode][value=IN_PERSON]")).click();
            browser.clickAndWait(By.id("register-button"));
            assertEquals("Waitlisted, position 1", browser.text(By.id("registration-status")));
            assertTrue(browser.text(By.id("flash")).contains("Waitlisted, position 1"));
            browser.portalPage("02-registration-waitlisted");

            // The seat holder cancels: the head of the waitlist is promoted; the page shows it after a reload.
            day.cancel(seatHolder);
            browser.until(EVENTUALLY, reloadedUntil(driver -> "Confirmed".equals(driver.findElement(By.id("registration-status")).getText())));
            ticket = browser.text(By.id("ticket-code"));
            assertFalse(ticket.isBlank());
            assertTrue(browser.find(By.cssSelector(".ticket img")).getAttribute("naturalWidth").matches("[1-9][0-9]*"),
                    "the QR ticket image loads through the portal");
            browser.portalPage("03-registration-confirmed");

            // Star the talk: it shows in "My agenda".
            browser.open(portal + "/workshops/" + day.id);
            browser.find(By.id("release"));
            assertTrue(browser.text(By.id("release")).contains("version 1"));
            browser.clickAndWait(By.cssSelector("#s-" + talk + " form.star button"));
            assertTrue(browser.text(By.id("agenda")).contains("Reproducible evaluation at scale"), browser.text(By.id("agenda")));
            assertTrue(browser.text(By.id("s-" + talk)).contains("In my agenda"));
            browser.portalPage("04-schedule-starred");

            // The organizer moves the talk and releases again: the page marks what changed.
            day.moveSession(talk, "Reproducible evaluation at scale", "TALK", now.plus(4, ChronoUnit.HOURS), "Room 3");
            day.release();
            browser.open(portal + "/workshops/" + day.id);
            assertTrue(browser.text(By.id("release")).contains("version 2"), browser.text(By.id("release")));
            assertTrue(browser.text(By.id("s-" + talk)).contains("Moved"), browser.text(By.id("s-" + talk)));
            assertTrue(browser.text(By.id("s-" + talk)).contains("Room 3"));

            // The zone switch renders the same session in another zone.
            browser.open(portal + "/workshops/" + day.id + "?tz=Asia/Tokyo");
            String tokyoStart = browser.find(By.cssSelector("#s-" + keynote + " time")).getAttribute("datetime");
            assertTrue(tokyoStart.endsWith("+09:00"), tokyoStart);

            // A workshop that does not exist: the service's sentence on an error page, no JSON.
            browser.open(portal + "/workshops/no-such-workshop");
            assertEquals("There is no workshop 'no-such-workshop'.", browser.text(By.id("problem")));
            assertFalse(browser.pageText().contains("{"), browser.pageText());

            // Book the mentoring slot once schedule-service holds the registration.
            String mentoring = portal + "/workshops/" + day.id + "/mentoring";
            browser.until(EVENTUALLY, driver -> {
                driver.get(mentoring);
                if (driver.findElements(By.id("my-bookings")).isEmpty()) {
                    browser.clickAndWait(By.cssSelector("form[action$='/book'] button"));
                }
                return !driver.findElements(By.id("my-bookings")).isEmpty();
            });
            assertTrue(browser.text(By.id("my-bookings")).contains("https://meet.example.org/career"), "the meeting link shows once booked");
            browser.portalPage("05-mentoring-booked");

            // Join the live keynote: the service's join answer leads to the watch link, and that to the playback.
            browser.open(portal + "/workshops/" + day.id + "/streams");
            assertTrue(browser.text(By.cssSelector("[data-stream='" + keynote + "']")).contains("Live now"));
            browser.portalPage("06-streams");
            browser.until(EVENTUALLY, driver -> {
                driver.get(portal + "/workshops/" + day.id + "/streams");
                browser.clickAndWait(By.cssSelector("[data-stream='" + keynote + "'] button"));
                return driver.getCurrentUrl().equals(playback);
            });
            assertEquals("Keynote playback", browser.text(By.tagName("h1")));
            browser.screenshot("07-playback");

            // The feed tells of the registration, as plain text.
            browser.open(portal + "/notifications");
            browser.until(EVENTUALLY, reloadedUntil(driver -> !driver.findElements(By.cssSelector("#feed li")).isEmpty()));
            assertTrue(browser.text(By.id("feed")).contains("You are on the waitlist for Open Science for Foundation Models"),
                    browser.text(By.id("feed")));

            // An announcement appears live, without a reload (Server-Sent Events through the portal).
            browser.driver.executeScript("window.notReloaded = true;");
            Api.post(day.notification("/api/workshops/" + day.id + "/announcements"), day.organizer,
                    Map.of("subject", "Room change for the poster session", "body", "Posters move to the foyer.", "audience", "ALL"))
                    .expect(202);
            browser.until(EVENTUALLY, driver -> driver.findElement(By.id("feed")).getText().contains("Room change for the poster session"));
            assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.notReloaded === true;"), "the page was not reloaded");
            browser.portalPage("08-notifications");

            checkInTwice(day, portal, ticket);

            // The attendee's page knows of the check-in; cancelling asks first, then offers to register again.
            browser.open(portal + "/workshops/" + day.id + "/registration");
            assertTrue(browser.text(By.cssSelector(".ticket")).contains("Checked in at "), browser.text(By.cssSelector(".ticket")));
            browser.clickAndWait(By.linkText("Cancel my registration…"));
            browser.portalPage("12-cancel-confirmation");
            browser.clickAndWait(By.id("confirm-cancel"));
            assertEquals("Your registration is cancelled.", browser.text(By.id("flash")));
            browser.find(By.id("register-button"));
        }
    }

    @Test
    void aWaitlistedAttendeeAcceptsAnOfferedSeatThenSwitchesToVirtual() {
        WorkshopDay day = new WorkshopDay("Scientific Reasoning at the Frontier", 1);
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("inPersonCapacity", 1);
        policy.put("opensAt", day.now.minus(1, ChronoUnit.DAYS).toString());
        policy.put("closesAt", day.now.plus(2, ChronoUnit.DAYS).toString());
        policy.put("offerTtl", "PT2H");
        Api.put(day.registration("/api/workshops/" + day.id + "/registration-policy"), day.organizer, policy).expect(200);
        String seatHolder = day.token(day.newAttendees("holder", 1).getFirst());
        day.register(seatHolder, "IN_PERSON");

        String attendee = day.newAttendees("offer", 1).getFirst();
        String page = day.platform.portalUrl() + "/workshops/" + day.id + "/registration";
        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(page);
            browser.signIn(attendee, attendee, "/workshops/" + day.id + "/registration", "13-keycloak-login-again");
            browser.clickAndWait(By.id("register-button"));
            assertEquals("Waitlisted, position 1", browser.text(By.id("registration-status")));

            // A form without this browser's token is refused, even from the portal's own page.
            Object status = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(location.pathname + '/cancel', {method: 'POST', body: new URLSearchParams({csrf: 'forged'})})
                        .then(r => done(r.status), e => done(String(e)));""");
            assertEquals(403L, status);

            day.cancel(seatHolder);
            browser.until(EVENTUALLY, reloadedUntil(driver -> "A seat is offered to you".equals(driver.findElement(By.id("registration-status")).getText())));
            assertTrue(browser.text(By.id("offer")).contains("accept before"), browser.text(By.id("offer")));
            browser.portalPage("14-registration-offered");

            browser.clickAndWait(By.xpath("//button[text()='Accept the seat']"));
            assertEquals("Confirmed", browser.text(By.id("registration-status")));
            browser.find(By.id("ticket-code"));

            browser.clickAndWait(By.xpath("//button[text()='Switch to attending virtually']"));
            assertEquals("You now attend virtually: Confirmed.", browser.text(By.id("flash")));
            assertTrue(browser.text(By.cssSelector(".status-card")).contains("virtually"));

            // Signing out ends the Keycloak session too: the portal asks for a login again.
            browser.clickAndWait(By.linkText("Sign out"));
            browser.open(page);
            browser.find(By.id("username"));
            assertTrue(browser.driver.getCurrentUrl().startsWith(day.platform.issuer), browser.driver.getCurrentUrl());
        }
    }

    /** Staff at the door, on a phone-sized window: a ticket checks in once; the second scan says when. */
    private static void checkInTwice(WorkshopDay day, String portal, String ticket) {
        String doorman = KeycloakUsers.create(day.platform.issuer, "door-" + System.nanoTime(), 1, "staff").getFirst();
        try (Browser desk = new Browser(412, 915)) {
            String checkIn = portal + "/workshops/" + day.id + "/check-in";
            desk.open(checkIn);
            desk.signIn(doorman, doorman, "/workshops/" + day.id + "/check-in", "09-keycloak-login-phone");
            desk.find(By.id("ticketCode")).sendKeys(ticket);
            desk.clickAndWait(By.cssSelector("form.checkin button[type=submit]"));
            assertEquals("Checked in", desk.text(By.cssSelector("#outcome .headline")));
            desk.portalPage("10-check-in");

            desk.find(By.id("ticketCode")).sendKeys(ticket);
            desk.clickAndWait(By.cssSelector("form.checkin button[type=submit]"));
            assertEquals("Already checked in", desk.text(By.cssSelector("#outcome .headline")));
            assertTrue(desk.text(By.id("outcome")).contains("Already checked in at "), desk.text(By.id("outcome")));
            desk.portalPage("11-check-in-again");

            // A forged code: the service's sentence, never its JSON.
            desk.find(By.id("ticketCode")).sendKeys(ticket.substring(0, ticket.length() - 2) + "xx");
            desk.clickAndWait(By.cssSelector("form.checkin button[type=submit]"));
            assertEquals("Not a valid ticket", desk.text(By.cssSelector("#outcome .headline")));
            assertFalse(desk.pageText().contains("{"), desk.pageText());
        }
    }

    /** A condition checked on the current page, reloading it between tries. */
    private static Function<WebDriver, Boolean> reloadedUntil(Function<WebDriver, Boolean> condition) {
        return driver -> {
            try {
                if (Boolean.TRUE.equals(condition.apply(driver))) {
                    return true;
                }
            } catch (NoSuchElementException notYet) {
                // the page does not show it yet
            }
            driver.navigate().refresh();
            return false;
        };
    }
}
