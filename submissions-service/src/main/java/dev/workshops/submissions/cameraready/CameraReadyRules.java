package dev.workshops.submissions.cameraready;

import dev.workshops.submissions.submission.AuthorRules;
import dev.workshops.support.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a camera-ready must hold against the person sending it: the authors' emails as a submission's
 * ({@link AuthorRules#checkEmails}), and the presenter among them.
 */
public final class CameraReadyRules {

    private CameraReadyRules() {
    }

    public static List<Problem.Violation> check(CameraReadyRequest request, String senderEmail) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> emails = AuthorRules.checkEmails(request.authors().stream().map(CameraReadyRequest.Author::email).toList(),
                senderEmail, violations);
        if (!emails.contains(AuthorRules.normalised(request.presenter().email()))) {
            violations.add(new Problem.Violation("presenter.email", "must be the email of one of the authors"));
        }
        return violations;
    }
}
