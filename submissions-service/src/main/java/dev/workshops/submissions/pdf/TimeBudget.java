package dev.workshops.submissions.pdf;

import java.io.IOException;
import java.time.Duration;

/** The time reading one file may take, checked inside every loop a hostile file could stretch. */
final class TimeBudget {

    /** Thrown from inside PDFBox's callbacks, which may only throw {@link IOException}. */
    static final class Passed extends IOException {
        Passed() {
            super("time limit passed", null);
        }
    }

    private final long endNanos;

    private TimeBudget(long endNanos) {
        this.endNanos = endNanos;
    }

    static TimeBudget in(Duration limit) {
        return new TimeBudget(System.nanoTime() + limit.toNanos());
    }

    void check() throws Passed {
        if (System.nanoTime() - endNanos > 0) {
            throw new Passed();
        }
    }
}
