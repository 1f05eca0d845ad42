package dev.workshops.submissions.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workshops.support.problem.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorRulesTest {

    private static final Set<String> TRACKS = Set.of("main", "tools");
    private static final Set<String> FORMATS = Set.of("short");

    @Test
    void theSenderAmongDistinctAuthorsWithOnePresenterPasses() {
        assertEquals(List.of(), AuthorRules.check(request("main", "short", author("Ada@Example.org", true), author("bo@example.org", false)),
                TRACKS, FORMATS, "ada@example.org"));
    }

    @Test
    void anUnknownTrackOrFormatIsNamed() {
        assertEquals(List.of("track", "format"), fields(AuthorRules.check(request("poster", "huge", author("ada@example.org", true)),
                TRACKS, FORMATS, "ada@example.org")));
    }

    @Test
    void anEmailListedTwiceIgnoringCaseIsRefused() {
        List<Problem.Violation> violations = AuthorRules.check(request("main", "short", author("ada@example.org", true),
                author("ADA@example.org ", false)), TRACKS, FORMATS, "ada@example.org");
        assertEquals(List.of(new Problem.Violation("authors", "must not list an email twice: ada@example.org")), violations);
    }

    @Test
    void noPresenterOrTwoAreRefused() {
        assertEquals(List.of("authors"), fields(AuthorRules.check(request("main", "short", author("ada@example.org", false)),
                TRACKS, FORMATS, "ada@example.org")));
        assertEquals(List.of("authors"), fields(AuthorRules.check(request("main", "short", author("ada@example.org", true),
                author("bo@example.org", true)), TRACKS, FORMATS, "ada@example.org")));
    }

    @Test
    void aSenderWhoIsNotAmongTheAuthorsIsRefused() {
        List<Problem.Violation> violations = AuthorRules.check(request("main", "short", author("ada@example.org", true)),
                TRACKS, FORMATS, "eve@example.org");
        assertEquals(List.of(new Problem.Violation("authors", "must include you, with the email you signed in with (eve@example.org)")),
                violations);
    }

    private static List<String> fields(List<Problem.Violation> violations) {
        return violations.stream().map(Problem.Violation::field).toList();
    }

    private static SubmissionRequest.Author author(String email, boolean presenter) {
        return new SubmissionRequest.Author("Someone", email, null, presenter);
    }

    private static SubmissionRequest request(String track, String format, SubmissionRequest.Author... authors) {
        return new SubmissionRequest("A title", "An abstract", track, format, List.of(), List.of(authors), null);
    }
}
