package dev.workshops.submissions.call;

import java.time.Instant;

/** The call as anyone may read it: no grace period. */
public record CallView(String workshopId, String description, Instant opensAt, Instant deadlineAt, boolean open, long version) {

    static CallView of(Call call, Instant now) {
        return new CallView(call.workshopId, call.description, call.opensAt, call.deadlineAt,
                !now.isBefore(call.opensAt) && now.isBefore(call.deadlineAt), call.version);
    }
}
