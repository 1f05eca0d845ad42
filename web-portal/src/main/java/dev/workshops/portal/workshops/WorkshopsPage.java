package dev.workshops.portal.workshops;

import dev.workshops.portal.services.Paged;
import dev.workshops.portal.services.Workshop;
import java.util.List;

/** One page of the published workshops, soonest first, as schedule-service answers it. */
public record WorkshopsPage(List<Workshop> items, int page, int size, long total) implements Paged {
}
