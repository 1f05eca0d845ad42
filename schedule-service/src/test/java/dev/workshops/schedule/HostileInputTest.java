package dev.workshops.schedule;

import dev.workshops.infra.hostile.HostileInputCheck;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of this service's OpenAPI document gets the platform's hostile-input corpus. */
@QuarkusTest
class HostileInputTest extends HostileInputCheck {
}
