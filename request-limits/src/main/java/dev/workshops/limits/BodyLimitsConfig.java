package dev.workshops.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * The routes that take a larger body than {@code workshop.http.max-body-size}, each under a name of its own:
 * <pre>
 * workshop.http.body-limits.pdf-upload.route=PUT /api/submissions/{id}/pdf
 * workshop.http.body-limits.pdf-upload.max-size=50M
 * </pre>
 */
@ConfigMapping(prefix = "workshop.http.body-limits")
public interface BodyLimitsConfig {

    @WithParentName
    Map<String, Route> routes();

    interface Route {

        /** The method and path, a {@code {name}} standing for one path segment. */
        String route();

        MemorySize maxSize();
    }
}
