package dev.workshops.submissions.pdf;

import java.util.List;

/** What an upload answers, and what a submission shows of its counting PDF. */
public record PdfView(int version, int pages, int pagesBeforeReferences, long bytes, String sha256,
        List<String> formatWarnings, boolean lateWithinGrace) {
}
