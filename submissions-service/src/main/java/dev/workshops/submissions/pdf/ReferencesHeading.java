package dev.workshops.submissions.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts a paper's body pages, those before its references: the references begin at the first line that is only a
 * references heading ("References", "7 Bibliography", "VII. REFERENCES"; letter-spaced small capitals such as
 * "R EFERENCES" too). The page where the heading stands counts as body when text other than a running head and a
 * page number stands above it. Without a heading every page counts.
 */
public final class ReferencesHeading {

    /** Lines allowed above the heading on its page for that page not to count as body. */
    static final int RUNNING_LINES = 2;

    private static final Pattern HEADING = Pattern.compile("(?i)((\\d+|[ivxlc]+)[.)]?)?(references|bibliography):?");

    private int pages;
    private int bodyPages = -1;

    public static boolean isHeading(String line) {
        return HEADING.matcher(line.replaceAll("\\s+", "")).matches();
    }

    /** The next page's text lines, in reading order. */
    public void page(List<String> lines) {
        pages++;
        if (bodyPages >= 0) {
            return;
        }
        List<String> written = lines.stream().filter(line -> !line.isBlank()).toList();
        for (int line = 0; line < written.size(); line++) {
            if (isHeading(written.get(line))) {
                bodyPages = line > RUNNING_LINES ? pages : pages - 1;
                return;
            }
        }
    }

    /** Whether the heading has been met, so later pages' text is not needed. */
    public boolean found() {
        return bodyPages >= 0;
    }

    public int pagesBeforeReferences() {
        return found() ? bodyPages : pages;
    }
}
