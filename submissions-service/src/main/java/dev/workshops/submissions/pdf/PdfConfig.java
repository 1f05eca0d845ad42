package dev.workshops.submissions.pdf;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How PDF uploads are taken, checked and stored ({@code workshop.submissions.pdf.*}). */
@ConfigMapping(prefix = "workshop.submissions.pdf")
public interface PdfConfig {

    /** Pages read at most: a file claiming or holding more is refused. */
    int maxPages();

    /** What one compressed object may expand to. */
    MemorySize maxInflatedObject();

    /** What all compressed objects of a file may expand to together. */
    MemorySize maxInflatedTotal();

    /** How long checking one file may take. */
    Duration timeLimit();

    /** Disk PDFBox may use while reading and rewriting one file. */
    MemorySize maxScratch();

    /** Files checked at once; each may hold up to one expanded object in memory, so this bounds the heap they use. */
    int concurrentChecks();

    /** Bytes per stored row: a file is written and read one chunk at a time. */
    MemorySize chunkSize();

    default InspectionLimits limits() {
        return new InspectionLimits(maxPages(), maxInflatedObject().asLongValue(), maxInflatedTotal().asLongValue(),
                timeLimit(), maxScratch().asLongValue());
    }
}
