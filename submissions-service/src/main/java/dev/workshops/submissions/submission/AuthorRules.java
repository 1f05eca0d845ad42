package dev.workshops.submissions.submission;

import dev.workshops.support.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a submission's body must hold against its call and the person sending it: a track and a format of the call,
 * authors with distinct emails, exactly one presenter, and the sender among the authors (by their verified email).
 */
public final class AuthorRules {

    private AuthorRules() {
    }

    public static List<Problem.Violation> check(SubmissionRequest request, Set<String> tracks, Set<String> formats,
            String senderEmail) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!tracks.contains(request.track())) {
            violations.add(new Problem.Violation("track", "must be one of the call's tracks " + new java.util.TreeSet<>(tracks)));
        }
        if (!formats.contains(request.format())) {
            violations.add(new Problem.Violation("format", "must be one of the call's formats " + new java.util.TreeSet<>(formats)));
        }
        long presenters = request.authors().stream().filter(SubmissionRequest.Author::presents).count();
        if (presenters != 1) {
            violations.add(new Problem.Violation("authors", "must name exactly one presenter, not " + presenters));
        }
        checkEmails(request.authors().stream().map(SubmissionRequest.Author::email).toList(), senderEmail, violations);
        return violations;
    }

    /**
     * A list of authors (a submission's, a camera-ready's) names each email once and includes the sender, else they
     * would lock themselves out; adds what fails to {@code violations}.
     *
     * @return the authors' emails, normalised
     */
    public static Set<String> checkEmails(List<String> emails, String senderEmail, List<Problem.Violation> violations) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new java.util.TreeSet<>();
        for (String email : emails) {
            if (!seen.add(normalised(email))) {
                repeated.add(normalised(email));
            }
        }
        if (!repeated.isEmpty()) {
            violations.add(new Problem.Violation("authors", "must not list an email twice: " + String.join(", ", repeated)));
        }
        if (senderEmail == null || !seen.contains(senderEmail)) {
            violations.add(new Problem.Violation("authors",
                    "must include you, with the email you signed in with" + (senderEmail == null ? "" : " (" + senderEmail + ")")));
        }
        return seen;
    }

    /** Emails compare in lower case, as they are stored. */
    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
