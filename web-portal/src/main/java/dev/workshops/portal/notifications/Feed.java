package dev.workshops.portal.notifications;

import dev.workshops.portal.services.Paged;
import java.util.List;

/** One page of the feed. */
public record Feed(List<Notification> items, int page, int size, long total) implements Paged {
}
