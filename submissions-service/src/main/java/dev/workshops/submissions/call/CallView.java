package dev.workshops.submissions.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.workshops.events.CallChanged;
import java.time.Instant;
import java.util.List;

/**
 * A call as answered: each deadline as entered and resolved. {@code graceMinutes} only in answers to chairs; authors
 * are never told of the grace period.
 */
public record CallView(
        String workshopId,
        String description,
        List<CallChanged.Track> tracks,
        List<CallChanged.Format> formats,
        Instant opensAt,
        Deadline deadline,
        Instant deadlineAt,
        Deadline reviewDeadline,
        Instant reviewDeadlineAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Deadline cameraReadyDeadline,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant cameraReadyDeadlineAt,
        CallChanged.Blind blind,
        int reviewsPerPaper,
        int maxLoad,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer graceMinutes,
        boolean open,
        long version) {

    static CallView of(Call call, CallCodec codec, Instant now, boolean forChair) {
        return new CallView(call.workshopId, call.description, codec.tracksOf(call), codec.formatsOf(call), call.opensAt,
                call.deadline(), call.deadlineAt, call.reviewDeadline(), call.reviewDeadlineAt, call.cameraReadyDeadline(),
                call.cameraReadyDeadlineAt, CallChanged.Blind.valueOf(call.blind), call.reviewsPerPaper, call.maxLoad,
                forChair ? call.graceMinutes : null, call.deadlineRule().open(now), call.version);
    }
}
