package dev.workshops.portal.workshops;

import dev.workshops.portal.services.Paged;
import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.Workshop;
import java.util.ArrayList;
import java.util.List;

/** One page of the published workshops, soonest first, as schedule-service answers it. */
public record WorkshopsPage(List<Workshop> items, int page, int size, long total) implements Paged {

    private static final int LARGEST_PAGE = 500;

    /** Every published workshop, page after page (the public list and the console split them themselves). */
    public static List<Workshop> all(ServiceCalls services) {
        List<Workshop> all = new ArrayList<>();
        WorkshopsPage page;
        int number = 0;
        do {
            page = services.get(Service.SCHEDULE, "/api/workshops?size=" + LARGEST_PAGE + "&page=" + number++, WorkshopsPage.class);
            all.addAll(page.items());
        } while (page.hasNext());
        return all;
    }
}
