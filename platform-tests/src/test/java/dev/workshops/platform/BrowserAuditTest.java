package dev.workshops.platform;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The accessibility audit the portal's pages must pass finds what it is there to find. */
class BrowserAuditTest {

    @Test
    void aFieldWithoutALabelAndFaintTextFailTheAuditAndTheirRepairPasses() {
        try (Browser browser = new Browser(800, 600)) {
            browser.open("data:text/html,<!doctype html><html lang=en><head><title>Form</title></head><body><main>"
                    + "<h1>Register</h1><p style='color:%23ccc;background:%23fff'>Seats are limited.</p>"
                    + "<form><input type=text name=affiliation></form></main></body></html>");
            AssertionError failed = assertThrows(AssertionError.class, () -> browser.audit("audit-bad"));
            assertTrue(failed.getMessage().contains("label"), failed.getMessage());
            assertTrue(failed.getMessage().contains("color-contrast"), failed.getMessage());

            browser.open("data:text/html,<!doctype html><html lang=en><head><title>Form</title></head><body><main>"
                    + "<h1>Register</h1><p style='color:%23333;background:%23fff'>Seats are limited.</p>"
                    + "<form><label for=a>Affiliation</label><input id=a type=text name=affiliation></form></main></body></html>");
            browser.audit("audit-good");
        }
    }
}
