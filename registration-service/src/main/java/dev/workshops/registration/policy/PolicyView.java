package dev.workshops.registration.policy;

import java.time.Duration;
import java.time.Instant;

public record PolicyView(String workshopId, int inPersonCapacity, Integer virtualCapacity, Instant opensAt,
        Instant closesAt, Duration offerTtl, boolean waitlistStreamAccess) {

    static PolicyView of(RegistrationPolicy policy) {
        return new PolicyView(policy.workshopId, policy.inPersonCapacity, policy.virtualCapacity, policy.opensAt,
                policy.closesAt, policy.offerTtlSeconds == null ? null : Duration.ofSeconds(policy.offerTtlSeconds),
                policy.waitlistStreamAccess);
    }
}
