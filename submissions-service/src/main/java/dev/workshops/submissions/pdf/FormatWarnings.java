package dev.workshops.submissions.pdf;

import dev.workshops.events.CallChanged;
import java.util.List;

/** What the chairs are told about a paper against its format: flagged, never refused. */
final class FormatWarnings {

    private FormatWarnings() {
    }

    static List<String> of(PdfInspector.Inspection inspection, CallChanged.Format format) {
        if (inspection.pagesBeforeReferences() <= format.maxPages()) {
            return List.of();
        }
        return List.of("The paper has " + inspection.pagesBeforeReferences() + " pages before its references; the format '"
                + format.name() + "' allows " + format.maxPages() + ".");
    }
}
