package dev.workshops.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's figures and correctness findings: printed, appended to {@code target/benchmark-results.txt}, and
 * failing the run when a correctness check failed (speed alone never fails it; it is reported against the target).
 */
final class Results {

    private static final Path FILE = Path.of("target", "benchmark-results.txt");

    private final String scenario;
    private final List<String> lines = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    Results(String scenario) {
        this.scenario = scenario;
    }

    void line(String text) {
        lines.add(text);
    }

    void check(boolean holds, String what) {
        lines.add((holds ? "ok    " : "WRONG ") + what);
        if (!holds) {
            wrong.add(what);
        }
    }

    void publish() {
        StringBuilder text = new StringBuilder("\n== " + scenario + " (" + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        lines.forEach(line -> text.append(line).append('\n'));
        System.out.print(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(scenario + ": correctness checks failed: " + wrong);
        }
    }
}
