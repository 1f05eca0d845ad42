package dev.workshops.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The local stack's data directory ({@code deploy/local/.run/data}): PostgreSQL's cluster, Kafka's logs, Keycloak's
 * database, the signing keys the services were given, and {@code stack-data.properties}, which says when the data
 * was created, whether it was durable, and which realm file Keycloak imported.
 */
final class StackData {

    private static final String ABOUT = "stack-data.properties";
    private static final String SECRETS = "secrets.properties";

    private final Path dir;

    StackData(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Whether an earlier {@code up} left data here (its description is written before anything starts). */
    boolean exists() {
        return Files.exists(dir.resolve(ABOUT));
    }

    /** Whether the directory exists and is not empty. */
    boolean holdsSomething() {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean durable() {
        return Boolean.parseBoolean(about().getProperty("durable"));
    }

    String createdAt() {
        return about().getProperty("created", "?");
    }

    void create(Durability durability) {
        Properties about = new Properties();
        about.setProperty("created", Instant.now().toString());
        about.setProperty("durable", String.valueOf(durability.keepsData()));
        store(about, dir.resolve(ABOUT));
    }

    void wipe() {
        delete(dir);
    }

    /** A signing key kept by an earlier {@code up}. */
    Optional<String> secret(String variable) {
        return Optional.ofNullable(load(dir.resolve(SECRETS)).getProperty(variable)).filter(value -> !value.isBlank());
    }

    /**
     * Keeps signing keys the stack chose (in a file readable by its owner only), so the next {@code up} uses them
     * again; keys kept earlier for other variables stay.
     */
    void keepSecrets(Map<String, String> chosen) {
        Path file = dir.resolve(SECRETS);
        Properties kept = load(file);
        kept.putAll(chosen);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store(kept, file);
    }

    /**
     * Keycloak imports the realm only into an empty database: a realm file changed since (a new client, a new user)
     * does not reach a kept stack, and this says so.
     */
    Optional<String> realmChangedSinceImport(Path realmFile) {
        String imported = about().getProperty("realm.sha256");
        if (imported == null || imported.equals(sha256(realmFile))) {
            return Optional.empty();
        }
        return Optional.of("  note: " + realmFile.getFileName() + " changed since Keycloak imported it into the kept data;"
                + " Keycloak keeps the realm it has ('stack up --fresh' imports the new one)");
    }

    void rememberImportedRealm(Path realmFile) {
        Properties about = about();
        if (about.getProperty("realm.sha256") == null) {
            about.setProperty("realm.sha256", sha256(realmFile));
            store(about, dir.resolve(ABOUT));
        }
    }

    private static void delete(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + tree, e);
        }
    }

    private Properties about() {
        return load(dir.resolve(ABOUT));
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void store(Properties properties, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "written by deploy/local/stack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
