package dev.workshops.schedule.workshop;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Checks of a workshop that Bean Validation cannot express. */
final class WorkshopRules {

    private WorkshopRules() {
    }

    static void check(WorkshopRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!isZone(request.timezone())) {
            violations.add(new Problem.Violation("timezone", "must be an IANA time zone such as Europe/Vienna"));
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new Problem.Violation("endsAt", "must be after startsAt"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request",
                    violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow())
                    .withViolations(violations));
        }
    }

    static boolean isZone(String zone) {
        if (zone == null || !zone.contains("/") && !zone.equals("UTC")) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
