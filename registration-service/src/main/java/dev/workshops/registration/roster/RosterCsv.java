package dev.workshops.registration.roster;

import dev.workshops.registration.registration.Registration;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The organizer's CSV export (RFC 4180 quoting by Commons CSV). People type their own names and
 * affiliations, so a cell that a spreadsheet would run as a formula is neutralised first.
 */
public final class RosterCsv {

    static final String[] HEADER = {"id", "name", "email", "affiliation", "mode", "status", "waitlistNumber",
        "offerExpiresAt", "streamAccess", "ticketCode", "checkedInAt", "dietaryNeeds", "accessibilityNeeds",
        "createdAt", "updatedAt"};

    private RosterCsv() {
    }

    public static String of(List<Registration> registrations) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Registration r : registrations) {
                printer.printRecord(safe(r.id.toString()), safe(r.name), safe(r.email), safe(r.affiliation), r.mode,
                        r.status, r.waitlistNumber, instant(r.offerExpiresAt), r.streamAccess, safe(r.ticketCode),
                        instant(r.checkedInAt), safe(r.dietaryNeeds), safe(r.accessibilityNeeds), instant(r.createdAt),
                        instant(r.updatedAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A cell starting with {@code = + - @} (or a tab or carriage return, which some spreadsheets skip before
     * reading one of those) is prefixed with an apostrophe, so it is shown as text instead of evaluated
     * (OWASP's advice on CSV injection).
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
