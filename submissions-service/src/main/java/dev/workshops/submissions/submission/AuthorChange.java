package dev.workshops.submissions.submission;

import dev.workshops.submissions.call.Call;
import dev.workshops.submissions.call.Timeliness;
import java.util.List;

/**
 * A change its authors may make now: the submission (locked for the transaction under way), its authors, its call
 * and how the change stands against the deadline. Obtained from {@link SubmissionService#authorChange}.
 */
public record AuthorChange(Submission submission, List<SubmissionAuthor> authors, Call call, Timeliness timeliness) {

    /** The format the submission is in, with its page and size limits. */
    public dev.workshops.events.CallChanged.Format format(dev.workshops.submissions.call.CallCodec codec) {
        return codec.formatsOf(call).stream().filter(format -> format.id().equals(submission.format)).findFirst()
                .orElseThrow(() -> new IllegalStateException("submission " + submission.id + " is in no format of its call"));
    }
}
