package dev.workshops.portal.console.roster;

import dev.workshops.portal.services.Paged;
import java.util.List;

/** A page of the roster ({@code GET /api/workshops/{id}/registrations}). */
public record RosterPage(List<RosterEntry> items, int page, int size, long total) implements Paged {

    public RosterPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    static RosterPage none() {
        return new RosterPage(List.of(), 0, RosterFilter.PAGE_SIZE, 0);
    }

    /** The first entry's number on this page, counted from 1 ("21–40 of 57"). */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + items.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
