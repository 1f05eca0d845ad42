package dev.workshops.schedule.site;

import dev.workshops.support.problem.Problem;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.validation.WebUrls;
import java.util.ArrayList;
import java.util.List;

/** Checks of site content that Bean Validation cannot express: every link and image an http(s) URL. */
final class SiteRules {

    private SiteRules() {
    }

    static void check(SiteRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<SiteRequest.Person> people = request.peopleOrEmpty();
        for (int i = 0; i < people.size(); i++) {
            url(violations, "people[" + i + "].photoUrl", people.get(i).photoUrl());
            url(violations, "people[" + i + "].homepage", people.get(i).homepage());
        }
        List<SiteRequest.Sponsor> sponsors = request.sponsorsOrEmpty();
        for (int i = 0; i < sponsors.size(); i++) {
            url(violations, "sponsors[" + i + "].url", sponsors.get(i).url());
            url(violations, "sponsors[" + i + "].logoUrl", sponsors.get(i).logoUrl());
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /** Absent is fine; present must be a web address (never {@code javascript:} or {@code data:}). */
    private static void url(List<Problem.Violation> violations, String field, String url) {
        if (url != null && !url.isBlank() && !WebUrls.isWeb(url)) {
            violations.add(new Problem.Violation(field, WebUrls.EXPECTATION));
        }
    }
}
