package dev.workshops.registration.policy;

import dev.workshops.support.time.Timestamps;
import dev.workshops.registration.registration.Promotions;
import dev.workshops.registration.registration.Registration;
import dev.workshops.registration.seats.SeatCounters;
import dev.workshops.support.workshops.KnownWorkshop;
import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PolicyService {

    private final SeatCounters seats;
    private final Promotions promotions;
    private final Clock clock;

    public PolicyService(SeatCounters seats, Promotions promotions, Clock clock) {
        this.seats = seats;
        this.promotions = promotions;
        this.clock = clock;
    }

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
                    policy.updatedAt = Timestamps.now(clock);
                    return policy.<RegistrationPolicy>persist();
                })
                // Counters are always locked in the same order (in person, then virtual): no deadlocks.
                .flatMap(policy -> applyCapacity(policy, Registration.IN_PERSON, request.inPersonCapacity())
                        .flatMap(ignored -> applyCapacity(policy, Registration.VIRTUAL, request.virtualCapacity()))
                        .replaceWith(policy))
                .map(PolicyView::of);
    }

    @WithSession
    public Uni<PolicyView> get(String workshopId) {
        return RegistrationPolicy.<RegistrationPolicy>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "Workshop '" + workshopId + "' has no registration policy yet."))
                .map(PolicyView::of);
    }

    /** Sets a mode's capacity under its counter's lock: never below the seats taken; a raise promotes at once. */
    private Uni<Void> applyCapacity(RegistrationPolicy policy, String mode, Integer capacity) {
        return seats.lock(policy.workshopId, mode).flatMap(taken -> {
            if (taken != null && capacity != null && capacity < taken) {
                throw ProblemException.conflict("The " + mode + " capacity cannot go below the " + taken
                        + " seats already confirmed or offered.").with("taken", taken);
            }
            return seats.setCapacity(policy.workshopId, mode, capacity)
                    .flatMap(set -> promotions.fillFreeSeats(policy.workshopId, mode, policy));
        });
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
