package dev.workshops.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the build left the server distributions; each entry may be overridden by a system property. */
final class InfraLocations {

    private static final Properties BUILT = load();

    private InfraLocations() {
    }

    static Path kafkaBrokerClasspathFile() {
        return existing("kafka.broker.classpath.file");
    }

    static Path keycloakHome() {
        return existing("keycloak.home");
    }

    static Path keycloakRealmFile() {
        return existing("keycloak.realm.file");
    }

    static Path greenmailStandaloneJar() {
        return existing("greenmail.standalone.jar");
    }

    static Path projectRoot() {
        return existing("project.root");
    }

    /** The classes of this module, so a child JVM can run {@link ParentWatch}. */
    static Path ownClasses() {
        try {
            return Path.of(ParentWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the infra-servers classes", e);
        }
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path existing(String key) {
        Path path = Path.of(System.getProperty(key, BUILT.getProperty(key)));
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing (" + key + "): build the project first with ./mvnw install -DskipTests");
        }
        return path;
    }

    private static Properties load() {
        try (InputStream in = InfraLocations.class.getResourceAsStream("/infra-servers.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
