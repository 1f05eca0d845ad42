package dev.workshops.submissions;

import dev.workshops.infra.RealInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the real servers, with the service's own database. */
@WithTestResource(value = RealInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "submissions"))
public final class RealInfraForTests {

    private RealInfraForTests() {
    }
}
