package dev.workshops.portal.console.deliveries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryLogTest {

    @Test
    void theLogIsAskedForFailuresFirstForTheWorkshopWithOnlyTheFiltersGiven() {
        assertEquals("/api/notifications/deliveries?failedFirst=true&workshopId=sr-2030&page=0&size=50",
                DeliveryLog.Filter.of(null, " ", -3).query("sr-2030", 50));
        assertEquals("/api/notifications/deliveries?failedFirst=true&workshopId=sr-2030&page=2&size=50&status=FAILED&recipient=ada%2Btest%40example.org",
                DeliveryLog.Filter.of("FAILED", " ada+test@example.org ", 2).query("sr-2030", 50));
    }

    @Test
    void aStatusThatIsNoneOfTheLogsIsDroppedRatherThanRefusedByTheService() {
        assertEquals("", DeliveryLog.Filter.of("<script>", "", 0).status());
        assertEquals("/api/notifications/deliveries?failedFirst=true&workshopId=sr-2030&page=0&size=50",
                DeliveryLog.Filter.of("BOUNCED", "", 0).query("sr-2030", 50));
    }

    @Test
    void otherPagesKeepTheFilter() {
        DeliveryLog.Filter filter = DeliveryLog.Filter.of("SENT", "a&b@example.org", 1);

        assertEquals("/console/workshops/sr-2030/deliveries?page=2&status=SENT&recipient=a%26b%40example.org", filter.pageLink("sr-2030", 2));
        assertEquals("/console/workshops/sr-2030/deliveries?page=0", DeliveryLog.Filter.of("", "", 1).pageLink("sr-2030", 0));
    }

    @Test
    void aPageHasANextOneUntilTheTotalIsShown() {
        assertTrue(new DeliveryLog(List.of(), 0, 50, 51).hasNext());
        assertFalse(new DeliveryLog(List.of(), 1, 50, 100).hasNext());
    }
}
