package dev.workshops.portal.console.policy;

import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.LocalTimes;
import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registration policy's form as typed, kept as text so that a refused form comes back as typed: capacities
 * (virtual left empty: unlimited), when registration opens and closes (a date and a time in the workshop's zone),
 * how many hours an offered seat waits for its answer (empty: the service's default), and whether the waitlist may
 * watch the streams.
 */
@TemplateData
public record PolicyForm(String inPersonCapacity, String virtualCapacity, String opensAt, String closesAt,
        String offerTtlHours, boolean waitlistStreamAccess) {

    static PolicyForm first() {
        return new PolicyForm("", "", "", "", "", true);
    }

    static PolicyForm of(Policy policy, ZoneId zone) {
        return new PolicyForm(Integer.toString(policy.inPersonCapacity()),
                policy.virtualCapacity() == null ? "" : policy.virtualCapacity().toString(),
                LocalTimes.field(policy.opensAt(), zone), LocalTimes.field(policy.closesAt(), zone),
                policy.offerTtl() == null ? "" : Long.toString(policy.offerTtl().toHours()), policy.waitlistStreamAccess());
    }

    /** The body of PUT {@code /api/workshops/{id}/registration-policy}. */
    Map<String, Object> body(ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inPersonCapacity", number(inPersonCapacity, "in-person capacity"));
        body.put("virtualCapacity", isBlank(virtualCapacity) ? null : number(virtualCapacity, "virtual capacity"));
        body.put("opensAt", LocalTimes.withOffset(opensAt, zone, "time registration opens"));
        body.put("closesAt", LocalTimes.withOffset(closesAt, zone, "time registration closes"));
        if (!isBlank(offerTtlHours)) {
            body.put("offerTtl", "PT" + number(offerTtlHours, "hours an offered seat waits") + "H");
        }
        body.put("waitlistStreamAccess", waitlistStreamAccess);
        return body;
    }

    private static long number(String typed, String what) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new ServiceProblem(400, "Give the " + what + " as a whole number.");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
