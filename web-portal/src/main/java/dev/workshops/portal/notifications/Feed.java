package dev.workshops.portal.notifications;

import java.util.List;

/** One page of the feed. */
public record Feed(List<Notification> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
