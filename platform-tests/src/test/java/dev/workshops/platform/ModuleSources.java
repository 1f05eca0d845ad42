package dev.workshops.platform;

import dev.workshops.events.Topics;
import dev.workshops.infra.PlatformService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a module's own files say it reads, consumes and produces: the facts its catalogue entry must match. */
final class ModuleSources {

    private static final Path ROOT = Path.of("..");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(WORKSHOP_[A-Z_]+)(:([^}]*))?}");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.topic=(.+)$");
    private static final Pattern OUTBOX_TOPIC = Pattern.compile("\\.(?:record|prepare)\\(\\s*Topics\\.([A-Z_]+)\\b");

    private ModuleSources() {
    }

    static boolean exists(PlatformService service) {
        return Files.isRegularFile(properties(service));
    }

    /** The WORKSHOP_* variables its configuration reads (its own and, when it uses service-support, those defaults). */
    static Set<String> variablesRead(PlatformService service) {
        return defaults(service).keySet();
    }

    /** Each variable it reads and its default in its own configuration ({@code null}: none, it must be given). */
    static Map<String, String> defaults(PlatformService service) {
        Map<String, String> defaults = new TreeMap<>();
        List<Path> files = usesServiceSupport(service)
                ? List.of(ROOT.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"), properties(service))
                : List.of(properties(service));
        for (Path file : files) {
            for (String line : read(file).lines().filter(line -> !line.startsWith("#")).toList()) {
                Matcher matcher = VARIABLE.matcher(line);
                while (matcher.find()) {
                    defaults.put(matcher.group(1), matcher.group(3));
                }
            }
        }
        return defaults;
    }

    /** The topics its {@code mp.messaging.incoming} channels read. */
    static Set<String> consumedTopics(PlatformService service) {
        Set<String> topics = new TreeSet<>();
        Matcher matcher = INCOMING_TOPIC.matcher(read(properties(service)));
        while (matcher.find()) {
            topics.add(matcher.group(1).strip());
        }
        return topics;
    }

    /** The topics its code records outbox facts on ({@code outbox.record(Topics.X, ...)}). */
    static Set<String> producedTopics(PlatformService service) {
        Set<String> topics = new TreeSet<>();
        Path sources = ROOT.resolve(service.name()).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return topics;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = OUTBOX_TOPIC.matcher(read(file));
                while (matcher.find()) {
                    topics.add(topicNamed(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    private static String topicNamed(String constant) {
        try {
            return (String) Topics.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Topics." + constant, e);
        }
    }

    private static boolean usesServiceSupport(PlatformService service) {
        Path pom = ROOT.resolve(service.name()).resolve("pom.xml");
        return Files.exists(pom) && read(pom).contains("<artifactId>service-support</artifactId>");
    }

    private static Path properties(PlatformService service) {
        return ROOT.resolve(service.name()).resolve("src/main/resources/application.properties");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
