package dev.workshops.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded one:
 * both paths are given, so Selenium Manager has nothing to look up), with the waits and screenshots the portal
 * tests use. Root in CI, hence {@code --no-sandbox}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    static final Duration PAGE = Duration.ofSeconds(30);

    final ChromeDriver driver;

    Browser(int width, int height) {
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: bin/install-tools installs Debian's chromium and chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The console is read after each portal page: a CSP violation or a script error fails the test.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-GB", "--no-first-run", "--password-store=basic");
        // ChromeDriver exits at once when it cannot open its log: the directory exists only after a platform started.
        Path log = Path.of("target", "platform", "logs", "chromedriver.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(log.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE);
    }

    void open(String url) {
        driver.get(url);
    }

    /**
     * Keycloak's own login page (the portal sent us there): types the credentials, saves the page as {@code
     * screenshot} and waits to be back at {@code backAt}.
     */
    void signIn(String username, String password, String backAt, String screenshot) {
        until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        screenshot(screenshot);
        driver.findElement(By.id("kc-login")).click();
        until(ExpectedConditions.urlContains(backAt));
        until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        // What Keycloak's own pages said in the console is not the portal's to answer for.
        driver.manage().logs().get(LogType.BROWSER);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(PAGE, condition);
    }

    /**
     * Waits up to {@code deadline}, e.g. for a fact to travel through Kafka to the service that shows it; on timeout
     * the page is saved (screenshot and HTML) and the failure names where the browser was.
     */
    <T> T until(Duration deadline, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, deadline).until(condition);
        } catch (TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there
            }
            String body = pageText();
            throw new AssertionError("at " + driver.getCurrentUrl() + " (saved as " + name + "): "
                    + e.getMessage().lines().findFirst().orElse("") + "; the page says: "
                    + body.substring(0, Math.min(body.length(), 600)), e);
        }
    }

    WebElement find(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Clicks and waits for the next page to replace this one. */
    void clickAndWait(By by) {
        WebElement element = find(by);
        element.click();
        until(driver -> isGone(element));
    }

    /**
     * Whether the page that held {@code element} was replaced. Asked while the new document is arriving, ChromeDriver
     * may answer "node does not belong to the document" instead of a stale element: that, too, means it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException inspector) {
            if (String.valueOf(inspector.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw inspector;
        }
    }

    /**
     * Sets a field's value as the form will send it: date and time inputs take what their locale shows when typed
     * into, so a script sets them.
     */
    void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(By.id(id)), value);
    }

    /** Replaces what a text field holds with {@code value}, typed. */
    void retype(String id, String value) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    String pageText() {
        return driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /**
     * A portal page: saved as a screenshot, after checking it weighs under 200 KB before images (the document,
     * its stylesheet and script, uncompressed) and that the console shows no CSP violation or script error since
     * the last check.
     */
    void portalPage(String name) {
        Object weight = driver.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                let total = nav ? nav.decodedBodySize : 0;
                for (const r of performance.getEntriesByType('resource')) {
                  if (r.initiatorType !== 'img') { total += r.decodedBodySize; }
                }
                return total;""");
        long bytes = ((Number) weight).longValue();
        if (bytes <= 0 || bytes > 200_000) {
            throw new AssertionError(name + " weighs " + bytes + " bytes before images");
        }
        List<String> complaints = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught")).toList();
        if (!complaints.isEmpty()) {
            throw new AssertionError(name + ": the browser's console says " + complaints);
        }
        screenshot(name);
    }

    /**
     * The accessibility audit: axe-core (the version platform-tests' pom fetches) run on the page as it is, against
     * WCAG 2.0 and 2.1 A and AA (contrast, labels, names, structure). Any violation fails, naming the rule and
     * the elements.
     */
    void audit(String name) {
        driver.executeScript(Axe.SCRIPT);
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['the audit failed: ' + e]));""");
        List<?> violations = (List<?>) found;
        if (!violations.isEmpty()) {
            screenshot(name + "-audit");
            throw new AssertionError(name + " fails the accessibility audit: " + violations);
        }
    }

    /** axe-core's script, read on the first audit of the test JVM. */
    private static final class Axe {
        static final String SCRIPT = read(Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js").toAbsolutePath());

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file + " is missing: platform-tests' build fetches axe-core with npm", e);
            }
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
