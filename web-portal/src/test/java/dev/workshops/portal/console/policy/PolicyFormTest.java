package dev.workshops.portal.console.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workshops.portal.services.ServiceProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void anEmptyVirtualCapacityIsUnlimitedAndHoursBecomeADuration() {
        Map<String, Object> body = new PolicyForm("40", " ", "2030-11-01T09:00", "2030-12-06T23:59", "24", false).body(VIENNA);

        assertEquals(40L, body.get("inPersonCapacity"));
        assertNull(body.get("virtualCapacity"));
        assertEquals("2030-11-01T09:00+01:00", body.get("opensAt"));
        assertEquals("PT24H", body.get("offerTtl"));
        assertEquals(false, body.get("waitlistStreamAccess"));
        assertFalse(new PolicyForm("40", "", "2030-11-01T09:00", "2030-12-06T23:59", "", true).body(VIENNA).containsKey("offerTtl"));
    }

    @Test
    void aCapacityThatIsNotANumberIsRefusedBeforeAnyCall() {
        ServiceProblem problem = assertThrows(ServiceProblem.class,
                () -> new PolicyForm("forty", "", "2030-11-01T09:00", "2030-12-06T23:59", "", true).body(VIENNA));
        assertEquals("Give the in-person capacity as a whole number.", problem.sentence());
    }

    @Test
    void thePolicyIsShownInTheWorkshopsZone() {
        PolicyForm form = PolicyForm.of(new Policy(40, null, Instant.parse("2030-11-01T08:00:00Z"), Instant.parse("2030-12-06T22:59:00Z"),
                Duration.ofHours(48), true), VIENNA);
        assertEquals("2030-11-01T09:00", form.opensAt());
        assertEquals("2030-12-06T23:59", form.closesAt());
        assertEquals("", form.virtualCapacity());
        assertEquals("48", form.offerTtlHours());
    }
}
