package dev.workshops.infra.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * A service's hostile-input test: {@code @QuarkusTest class HostileInputTest extends HostileInputCheck {}} in its
 * test sources runs {@link HostileInputs} against it, on the real servers its other tests use.
 */
public abstract class HostileInputCheck {

    @TestHTTPResource("/")
    protected URL service;

    @Test
    public void everyDocumentedOperationRefusesHostileInputWithAProblemAndWritesNothing() {
        HostileInputs.check(service.getPort());
    }
}
