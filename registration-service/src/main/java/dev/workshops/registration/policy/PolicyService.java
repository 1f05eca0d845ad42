package dev.workshops.registration.policy;

import dev.workshops.registration.workshop.KnownWorkshop;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PolicyService {

    @WithTransaction
    public Uni<PolicyView> put(String workshopId, PolicyRequest request) {
        check(request);
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> unknownWorkshop(workshopId))
                .flatMap(workshop -> RegistrationPolicy.<RegistrationPolicy>findById(workshopId))
                .flatMap(held -> {
                    RegistrationPolicy policy = held != null ? held : new RegistrationPolicy();
                    policy.workshopId = workshopId;
                    policy.inPersonCapacity = request.inPersonCapacity();
                    policy.virtualCapacity = request.virtualCapacity();
                    policy.opensAt = request.opensAt().toInstant();
                    policy.closesAt = request.closesAt().toInstant();
                    policy.offerTtlSeconds = request.offerTtl() == null ? null : request.offerTtl().toSeconds();
                    policy.waitlistStreamAccess = request.waitlistStreamAccess() == null || request.waitlistStreamAccess();
                    policy.updatedAt = Instant.now();
                    return policy.<RegistrationPolicy>persist();
                })
                .map(PolicyView::of);
    }

    @WithSession
    public Uni<PolicyView> get(String workshopId) {
        return RegistrationPolicy.<RegistrationPolicy>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Workshop '" + workshopId + "' has no registration policy yet."))
                .map(PolicyView::of);
    }

    private static void check(PolicyRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Problem.Violation("closesAt", "must be after opensAt"));
        }
        if (request.offerTtl() != null && (request.offerTtl().isNegative() || request.offerTtl().isZero())) {
            violations.add(new Problem.Violation("offerTtl", "must be a positive duration such as PT24H"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static ProblemException unknownWorkshop(String workshopId) {
        return ProblemException.notFound("Workshop '" + workshopId + "' is not known to registration.");
    }
}
