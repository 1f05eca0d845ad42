package dev.workshops.infra;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Entry point of every child JVM we start: runs the real main class and exits when the parent's end of
 * standard input closes, which happens however the parent dies (even {@code kill -9}). No orphans.
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    public static void main(String[] args) throws Throwable {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent never writes; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
