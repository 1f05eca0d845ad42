package dev.workshops.schedule.workshop;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.time.TimeZones;
import java.util.ArrayList;
import java.util.List;

/** Checks of a workshop that Bean Validation cannot express. */
final class WorkshopRules {

    private WorkshopRules() {
    }

    static void check(WorkshopRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!TimeZones.isRegion(request.timezone())) {
            violations.add(new Problem.Violation("timezone", TimeZones.EXPECTATION));
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
