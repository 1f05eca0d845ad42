package dev.workshops.platform;

import dev.workshops.events.CallChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.workshops.infra.Api;
import dev.workshops.infra.KeycloakUsers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
        // And for the speakers' photo host: a site's images come from elsewhere.
        videoProvider.createContext("/photos/", exchange -> {
            byte[] photo = photo();
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, photo.length);
            exchange.getResponseBody().write(photo);
            exchange.close();
        });
        videoProvider.start();
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(new Color(0x0b5cad));
        paint.fillRect(0, 0, 96, 96);
        paint.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
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
            assertEquals("Open Science for Foundation Models", browser.text(By.cssSelector(".card h3 a[href='/workshops/" + day.id + "']")));
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

            // Announcement emails can be turned off here too, not only by an email's one-click opt-out (whose turning
            // off notification-service's tests prove); the box shows the stored choice.
            assertTrue(browser.find(By.cssSelector("input[name=announcements]")).isSelected(), "announcements are on by default");
            browser.find(By.cssSelector("input[name=announcements]")).click();
            browser.clickAndWait(By.cssSelector("#preferences button[type=submit]"));
            assertEquals("Your preferences are saved.", browser.text(By.id("flash")));
            assertFalse(browser.find(By.cssSelector("input[name=announcements]")).isSelected());
            assertFalse(Api.get(day.notification("/api/notifications/me/preferences"), day.token(attendee)).expect(200)
                    .path("announcements").asBoolean(true), "the page's choice reached notification-service");

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
    void aVisitorWhoIsNotSignedInReadsAWorkshopsHomeWhereTheOverviewsMarkupStaysInert() {
        WorkshopDay day = new WorkshopDay("Scientific Reasoning at the Frontier", 10);
        String portal = day.platform.portalUrl();
        UUID keynote = day.addSession("Keynote: reasoning with evidence", "KEYNOTE", day.now.plus(1, ChronoUnit.HOURS), "Hall A");
        day.release();
        String photo = "http://127.0.0.1:" + videoProvider.getAddress().getPort() + "/photos/ada.png";
        String owned = "document.body.setAttribute('data-owned', 'yes')";
        Map<String, Object> site = Map.of(
                "overview", "## Scope\n\nWe study **scientific reasoning** in multimodal models.\n\n<script>" + owned + "</script>\n\n"
                        + "<img src=x onerror=\"" + owned + "\">\n\n[claim a prize](javascript:" + owned + ")\n\n"
                        + "![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
                "people", List.of(
                        Map.of("name", "Ada Lovelace", "affiliation", "Analytical Engines Ltd", "role", "KEYNOTE",
                                "bio", "Wrote the first published program.", "photoUrl", photo),
                        Map.of("name", "Alan Turing", "affiliation", "University of Manchester", "role", "PANELIST"),
                        Map.of("name", "Grace Hopper", "affiliation", "US Navy", "role", "ORGANIZER"),
                        Map.of("name", "Vera Volunteer", "affiliation", "TU Wien", "role", "VOLUNTEER")),
                "sponsors", List.of(Map.of("name", "Acme Labs", "tier", "GOLD", "url", "https://example.org/acme"),
                        Map.of("name", "Friends of Science", "tier", "SUPPORTER")));
        Api.put(day.schedule("/api/workshops/" + day.id + "/site"), day.organizer, site).expect(200);

        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(portal + "/");
            assertTrue(browser.driver.getCurrentUrl().startsWith(portal), "no login: " + browser.driver.getCurrentUrl());
            browser.find(By.linkText("Sign in"));
            browser.portalPage("15-public-workshops");
            browser.audit("15-public-workshops");
            browser.clickAndWait(By.cssSelector("#upcoming a[href='/workshops/" + day.id + "']"));

            assertEquals(portal + "/workshops/" + day.id, browser.driver.getCurrentUrl());
            assertEquals("Scientific Reasoning at the Frontier", browser.text(By.tagName("h1")));
            assertEquals("In person and virtual", browser.text(By.id("attendance")));
            assertTrue(browser.text(By.id("dates")).contains("(the workshop's time, Europe/Vienna)"), browser.text(By.id("dates")));
            String overview = browser.text(By.id("overview"));
            assertTrue(overview.contains("We study scientific reasoning in multimodal models."), overview);
            assertEquals("scientific reasoning", browser.text(By.cssSelector("#overview strong")));
            assertTrue(overview.contains("<script>"), "the script shows as text: " + overview);
            assertTrue(browser.driver.findElements(By.cssSelector(
                    "#overview script, #overview img, #overview [onerror], #overview a[href^='javascript'], #overview [src^='data']")).isEmpty(),
                    "no element came out of the Markdown's markup");
            assertEquals(null, browser.find(By.tagName("body")).getAttribute("data-owned"), "the overview's script did not run");

            String keynoteSpeakers = browser.text(By.id("keynote"));
            assertTrue(keynoteSpeakers.contains("Ada Lovelace") && keynoteSpeakers.contains("Analytical Engines Ltd")
                    && keynoteSpeakers.contains("Wrote the first published program."), keynoteSpeakers);
            // The photo loads lazily (loading="lazy"): once in view, and after the page's load event.
            WebElement photoShown = browser.find(By.cssSelector("#keynote img.photo"));
            browser.driver.executeScript("arguments[0].scrollIntoView();", photoShown);
            browser.until(EVENTUALLY, driver -> photoShown.getAttribute("naturalWidth").matches("[1-9][0-9]*"));
            assertTrue(browser.text(By.id("panelist")).contains("Alan Turing"));
            assertTrue(browser.text(By.id("organizers")).contains("Grace Hopper"));
            assertTrue(browser.text(By.id("volunteers")).contains("Vera Volunteer"));
            String sponsors = browser.text(By.id("sponsors"));
            assertTrue(sponsors.indexOf("Gold") < sponsors.indexOf("Acme Labs") && sponsors.indexOf("Acme Labs") < sponsors.indexOf("Supporters"), sponsors);
            assertTrue(browser.text(By.id("release")).contains("version 1"), browser.text(By.id("release")));
            assertTrue(browser.text(By.id("s-" + keynote)).contains("Keynote: reasoning with evidence"));
            assertTrue(browser.driver.findElements(By.cssSelector("form.star")).isEmpty(), "a visitor has nothing to star with");
            browser.portalPage("16-public-home");
            browser.audit("16-public-home");

            // Signing in is asked only for an action.
            browser.clickAndWait(By.linkText("Register"));
            browser.find(By.id("username"));
            assertTrue(browser.driver.getCurrentUrl().startsWith(day.platform.issuer), browser.driver.getCurrentUrl());
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

    /**
     * The call for papers: a chair opens the call with a deadline at 23:59 AoE and reads it resolved in UTC; the
     * workshop page shows it; an author submits a paper with a co-author who presents, uploads a 6-page PDF whose
     * references start on page 6 and reads the counts and the over-limit warning, then withdraws it after a
     * confirmation.
     */
    @Test
    void aChairOpensTheCallAndAnAuthorSubmitsUploadsTheirPdfAndWithdraws() throws IOException {
        WorkshopDay day = new WorkshopDay("Reasoning under Uncertainty", 10);
        String portal = day.platform.portalUrl();
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Instant deadlineAt = deadline.atTime(23, 59).atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH).toInstant();
        DateTimeFormatter words = DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

        try (Browser chair = new Browser(1280, 1000)) {
            chair.open(portal + "/workshops/" + day.id + "/call");
            chair.signIn("olivia", "olivia", "/workshops/" + day.id + "/call", "20-keycloak-login-chair");
            chair.find(By.id("trackName-0")).sendKeys("Reasoning");
            chair.find(By.id("formatName-0")).sendKeys("Short paper");
            chair.find(By.id("formatPages-0")).sendKeys("4");
            chair.find(By.id("formatMegabytes-0")).sendKeys("2");
            chair.setValue("deadlineDate", deadline.toString());
            chair.setValue("reviewDate", deadline.plusDays(30).toString());
            assertEquals("AoE", new Select(chair.find(By.id("deadlineZone"))).getOptions().getFirst().getText(), "AoE is offered first");
            chair.portalPage("21-call-form");
            // submissions-service learns of the workshop from the `workshops` topic: the form comes back as typed until then.
            chair.until(EVENTUALLY, driver -> {
                chair.clickAndWait(By.id("save-call"));
                return !driver.findElements(By.id("resolved")).isEmpty();
            });
            assertEquals(words.format(deadlineAt.atOffset(ZoneOffset.UTC)) + " UTC", chair.text(By.id("deadline-utc")));
            assertTrue(chair.text(By.id("deadline-entered")).startsWith("23:59 AoE on "), chair.text(By.id("deadline-entered")));
            assertTrue(chair.text(By.id("flash")).startsWith("The call is saved."), chair.text(By.id("flash")));
            chair.portalPage("22-call-saved");
        }

        // Two committee members accept; only the one who agreed to be listed is on the public home.
        List<String> members = day.newAttendees("member", 2);
        for (int i = 0; i < members.size(); i++) {
            Api.post(day.submissions("/api/workshops/" + day.id + "/committee"), day.organizer,
                    Map.of("email", WorkshopDay.emailOf(members.get(i)), "name", i == 0 ? "Listed Member" : "Quiet Member")).expect(201);
            Api.put(day.submissions("/api/workshops/" + day.id + "/committee/me"), day.token(members.get(i)),
                    Map.of("accept", true, "affiliation", "Committee Lab", "listPublicly", i == 0)).expect(200);
        }

        String author = day.newAttendees("author", 1).getFirst();
        String coAuthorEmail = "grace-" + System.nanoTime() + "@example.org";
        Path pdf = TestPaper.write(Files.createTempFile("paper", ".pdf"), 6, 6);
        try (Browser browser = new Browser(1280, 1000)) {
            // The workshop's home is public: the call shows before anyone signs in.
            browser.open(portal + "/workshops/" + day.id);
            assertEquals("Open", browser.text(By.id("call-state")));
            assertEquals(words.format(deadlineAt.atOffset(CallChanged.Deadline.ANYWHERE_ON_EARTH)) + " AoE", browser.text(By.id("call-deadline-aoe")));
            assertTrue(browser.text(By.id("call-countdown")).matches("Closes in (29|30|31) days, \\d+ hours?\\."), browser.text(By.id("call-countdown")));
            String committee = browser.text(By.id("committee"));
            assertTrue(committee.contains("Listed Member (Committee Lab)") && !committee.contains("Quiet Member"), committee);
            browser.portalPage("23-home-with-call");

            browser.open(portal + "/workshops/" + day.id + "/submissions");
            browser.signIn(author, author, "/workshops/" + day.id + "/submissions", "24-keycloak-login-author");
            browser.clickAndWait(By.id("new-submission"));
            assertEquals(WorkshopDay.emailOf(author), browser.find(By.id("authorEmail-0")).getAttribute("value"), "the signed-in person is the first author");
            browser.find(By.id("title")).sendKeys("Calibrated doubt in language models");
            browser.find(By.id("abstract")).sendKeys("We measure how often models say they are unsure, and when they should.");
            new Select(browser.find(By.id("track"))).selectByValue("reasoning");
            new Select(browser.find(By.id("format"))).selectByValue("short-paper");
            browser.find(By.id("keywords")).sendKeys("calibration, uncertainty");
            browser.find(By.id("authorName-1")).sendKeys("Grace Hopper");
            browser.find(By.id("authorEmail-1")).sendKeys(coAuthorEmail);
            browser.find(By.id("authorAffiliation-1")).sendKeys("Yale University");
            browser.find(By.cssSelector("input[name=presenter][value='1']")).click();
            browser.portalPage("25-submission-form");
            browser.clickAndWait(By.id("save-submission"));
            assertEquals("DRAFT", browser.text(By.id("submission-status")));
            assertTrue(browser.text(By.id("authors")).contains("Grace Hopper <" + coAuthorEmail + ">, Yale University presents"),
                    browser.text(By.id("authors")));

            // The PDF goes up as a form upload; the portal passes it on and the page shows what the service counted.
            browser.find(By.id("pdf-file")).sendKeys(pdf.toString());
            browser.clickAndWait(By.id("upload-pdf"));
            assertEquals("SUBMITTED", browser.text(By.id("submission-status")));
            assertEquals("6 pages, 5 before the references", browser.text(By.id("pdf-pages")));
            assertTrue(browser.text(By.id("flash")).startsWith("Version 1 of the PDF is uploaded: 6 pages, 5 before the references."),
                    browser.text(By.id("flash")));
            assertFalse(browser.text(By.id("format-warnings")).isBlank(), "over the 4-page limit: flagged, not refused");
            browser.portalPage("26-submission-submitted");

            browser.clickAndWait(By.linkText("Withdraw the paper…"));
            browser.portalPage("27-withdraw-confirmation");
            browser.clickAndWait(By.id("confirm-withdraw"));
            assertEquals("Your paper is withdrawn.", browser.text(By.id("flash")));
            assertEquals("WITHDRAWN", browser.text(By.id("submission-status")));
            browser.open(portal + "/workshops/" + day.id + "/submissions");
            assertTrue(browser.text(By.id("my-submissions")).contains("WITHDRAWN"), browser.text(By.id("my-submissions")));
            browser.portalPage("28-my-submissions");
        } finally {
            Files.deleteIfExists(pdf);
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
