package dev.workshops.portal.console.roster;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.web.Choice;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The roster's search and filters as typed in its GET form ({@code ?status=&mode=&q=&page=}), kept so the form shows
 * them again and the paging links carry them. A status or mode the form does not offer (an edited link) is dropped
 * rather than sent on; the text searched for is passed as typed (registration-service matches it).
 */
@TemplateData
public record RosterFilter(String status, String mode, String q, int page) {

    static final int PAGE_SIZE = 50;

    public static final List<Choice> STATUSES = List.of(new Choice("CONFIRMED", "Confirmed"),
            new Choice("WAITLISTED", "Waitlisted (in waitlist order)"), new Choice("OFFERED", "Offered a seat"),
            new Choice("CANCELLED", "Cancelled"));

    public static final List<Choice> MODES = List.of(new Choice("IN_PERSON", "In person"), new Choice("VIRTUAL", "Virtual"));

    static RosterFilter typed(String status, String mode, String q, Integer page) {
        return new RosterFilter(offered(STATUSES, status), offered(MODES, mode), q == null ? "" : q,
                page == null || page < 0 ? 0 : page);
    }

    /** The query of {@code GET /api/workshops/{id}/registrations} for this filter's page. */
    String serviceQuery() {
        return "?page=" + page + "&size=" + PAGE_SIZE + filters();
    }

    /** The roster page's own query for page {@code number} of the same filter. */
    public String linkTo(int number) {
        return "?page=" + number + filters();
    }

    /** Whether anything narrows the list. */
    public boolean narrowed() {
        return !status.isEmpty() || !mode.isEmpty() || !q.isBlank();
    }

    public boolean waitlistOrder() {
        return "WAITLISTED".equals(status);
    }

    private String filters() {
        StringBuilder query = new StringBuilder();
        if (!status.isEmpty()) {
            query.append("&status=").append(status);
        }
        if (!mode.isEmpty()) {
            query.append("&mode=").append(mode);
        }
        if (!q.isBlank()) {
            query.append("&q=").append(enc(q.strip()));
        }
        return query.toString();
    }

    private static String offered(List<Choice> choices, String typed) {
        return typed != null && choices.stream().anyMatch(c -> c.value().equals(typed)) ? typed : "";
    }
}
