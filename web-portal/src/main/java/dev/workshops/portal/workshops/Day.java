package dev.workshops.portal.workshops;

import java.time.LocalDate;
import java.util.List;

/** A schedule's sessions of one day (in the viewer's zone), as a page shows them. */
public record Day(LocalDate date, List<Row> rows) {

    /** A session with what this viewer sees beside it: starred, and how the last release changed it. */
    public record Row(Session session, boolean starred, String change) {
    }
}
