package dev.workshops.submissions.pdf;

import java.io.IOException;
import java.time.Duration;

/** The moment reading one file must be over; checked inside every loop a hostile file could stretch. */
final class Deadline {

    /** Thrown from inside PDFBox's callbacks, which may only throw {@link IOException}. */
    static final class Passed extends IOException {
        Passed() {
            super("time limit passed", null);
        }
    }

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline in(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    void check() throws Passed {
        if (System.nanoTime() - endNanos > 0) {
            throw new Passed();
        }
    }
}
