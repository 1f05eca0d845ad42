package dev.workshops.submissions.call;

import io.smallrye.mutiny.Uni;

/** Whether a call's reviewers have been given papers; the assignment feature provides the bean. */
public interface ReviewersChosen {

    /** Whether any assignment, even one removed since, was ever made in the workshop; inside the caller's session. */
    Uni<Boolean> any(String workshopId);
}
