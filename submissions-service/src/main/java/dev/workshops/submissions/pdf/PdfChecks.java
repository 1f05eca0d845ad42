package dev.workshops.submissions.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * Runs {@link PdfInspector} for uploads, a few at a time: each check may hold one expanded object in memory, so their
 * number bounds the heap uploads can take however many arrive at once (the others wait their turn).
 */
@ApplicationScoped
public class PdfChecks {

    private final PdfInspector inspector;
    private final Semaphore turns;
    private final Path scratch;

    public PdfChecks(PdfConfig config) {
        try {
            this.scratch = Files.createTempDirectory("submission-pdfs-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.inspector = new PdfInspector(config.limits(), scratch);
        this.turns = new Semaphore(config.concurrentChecks(), true);
    }

    /** Where uploads and reviewers' copies are written on their way to the database. */
    Path scratch() {
        return scratch;
    }

    PdfInspector.Inspection inspect(Path original, Path reviewerCopy) throws UnreadablePdf {
        turns.acquireUninterruptibly();
        try {
            return inspector.inspect(original, reviewerCopy);
        } finally {
            turns.release();
        }
    }
}
