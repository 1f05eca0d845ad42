package dev.workshops.portal.console.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RosterFilterTest {

    @Test
    void theServiceIsAskedForThePageWithTheFiltersAndTheSearchEncoded() {
        RosterFilter filter = RosterFilter.typed("WAITLISTED", "IN_PERSON", " Ada & co ", 2);

        assertEquals("?page=2&size=50&status=WAITLISTED&mode=IN_PERSON&q=Ada%20%26%20co", filter.serviceQuery());
        assertTrue(filter.narrowed());
        assertTrue(filter.waitlistOrder());
        assertEquals(" Ada & co ", filter.q(), "the form shows the search as typed");
    }

    @Test
    void pagingLinksKeepTheFilters() {
        RosterFilter filter = RosterFilter.typed("CANCELLED", "", "tu wien", 0);

        assertEquals("?page=1&status=CANCELLED&q=tu%20wien", filter.linkTo(1));
    }

    @Test
    void aStatusOrModeTheFormDoesNotOfferIsDroppedAndABadPageIsTheFirst() {
        RosterFilter filter = RosterFilter.typed("DELETED", "ON_MARS", null, -3);

        assertEquals("", filter.status());
        assertEquals("", filter.mode());
        assertEquals("?page=0&size=50", filter.serviceQuery());
        assertFalse(filter.narrowed());
        assertFalse(filter.waitlistOrder());
    }

    @Test
    void theExportsFileNameIsTheWorkshopsIdWithNothingThatCouldBreakTheHeader() {
        assertEquals("day-1a2b-registrations.csv", RosterPages.fileName("day-1a2b"));
        assertEquals("a-b--c-registrations.csv", RosterPages.fileName("a\"b;/c"));
    }
}
