package dev.workshops.submissions.call;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.CallChanged;
import dev.workshops.support.json.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The call's JSON columns (tracks, formats) and its snapshot for `calls`. */
@ApplicationScoped
public class CallCodec {

    private static final TypeReference<List<CallChanged.Track>> TRACKS = new TypeReference<>() { };
    private static final TypeReference<List<CallChanged.Format>> FORMATS = new TypeReference<>() { };

    private final JsonColumns json;

    public CallCodec(JsonColumns json) {
        this.json = json;
    }

    public List<CallChanged.Track> tracksOf(Call call) {
        return json.read(call.tracks, TRACKS);
    }

    public List<CallChanged.Format> formatsOf(Call call) {
        return json.read(call.formats, FORMATS);
    }

    public String write(Object value) {
        return json.write(value);
    }

    public CallChanged snapshotOf(Call call, CallChanged.Reason reason) {
        return new CallChanged(call.workshopId, call.description, tracksOf(call), formatsOf(call), call.opensAt,
                call.deadline().fact(), call.deadlineAt, call.reviewDeadline().fact(), call.reviewDeadlineAt,
                call.cameraReadyDeadline() == null ? null : call.cameraReadyDeadline().fact(), call.cameraReadyDeadlineAt,
                CallChanged.Blind.valueOf(call.blind), call.reviewsPerPaper, call.maxLoad, call.version, reason, null);
    }
}
