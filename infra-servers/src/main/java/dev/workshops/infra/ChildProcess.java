package dev.workshops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** A server process we started: output to a log file, stopped with its whole process tree. */
final class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts a JVM running {@code mainClass} under {@link ParentWatch}, so it dies with us. */
    static ChildProcess startJvm(String name, List<String> jvmOptions, String classpath, String mainClass,
            List<String> args, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>();
        command.add(InfraLocations.javaExecutable().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(InfraLocations.ownClasses() + java.io.File.pathSeparator + classpath);
        command.add(ParentWatch.class.getName());
        command.add(mainClass);
        command.addAll(args);
        return start(name, command, env, log);
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            LOG.debugf("started %s (pid %d), log %s", name, process.pid(), log);
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Runs a short command to completion, failing with its log when it does not exit 0. */
    static void runToCompletion(String name, List<String> command, Path log, Duration timeout) {
        ChildProcess child = start(name, command, Map.of(), log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop(Duration.ofSeconds(5));
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue() + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    String describeExit() {
        return name + " exited with code " + process.exitValue() + "; see " + log;
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /** Ends the whole process tree at once (SIGKILL): nothing in it gets to clean up. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks politely (SIGTERM to the tree), then forcibly after the grace period. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timedOut) {
                handle.destroyForcibly();
            }
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.debugf("stopped %s", name);
    }
}
