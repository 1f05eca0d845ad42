package dev.workshops.support.input;

import io.quarkus.runtime.annotations.StaticInitSafe;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of the request URI from Quarkus's HTTP root handler to {@link RequestShape}: the root handler
 * refuses a URI {@link java.net.URI} cannot parse (e.g. {@code ?q=%zz}) with an empty 400, before any route or
 * filter could answer a problem. RequestShape makes the same check and answers with one.
 *
 * <p>The root handler reads the switch, the system property {@code vertx.disableURIValidation}, once, when its
 * class is initialized during start-up; configuration sources are loaded before that, which is why the switch is
 * set from here (service-support is a library, not an extension with a build step). Contributes no properties.
 */
@StaticInitSafe
public class UriCheckHandover implements ConfigSource {

    static {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "uri-check-handover";
    }

    @Override
    public int getOrdinal() {
        return Integer.MIN_VALUE;
    }
}
