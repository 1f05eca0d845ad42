package dev.workshops.infra;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes. */
final class Waiting {

    private Waiting() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition, ChildProcess watched) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (watched != null && !watched.isAlive()) {
                throw new IllegalStateException(what + ": " + watched.describeExit());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " did not happen within " + timeout
                        + (watched == null ? "" : "; see " + watched.log()));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted", e);
            }
        }
    }
}
