package dev.workshops.support;

import dev.workshops.infra.RealInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The backbone's tests run against the real servers, with a database of their own. */
@WithTestResource(value = RealInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "backbone"))
public final class RealInfraForTests {

    private RealInfraForTests() {
    }
}
