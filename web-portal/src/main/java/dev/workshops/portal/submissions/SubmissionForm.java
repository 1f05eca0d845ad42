package dev.workshops.portal.submissions;

import static dev.workshops.portal.submissions.CallForm.at;
import static dev.workshops.portal.submissions.CallForm.isBlank;
import static dev.workshops.portal.submissions.CallForm.strip;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A submission's form as the author typed it, kept as text so that a refused form comes back as typed. Authors are
 * rows in their order; rows left blank are not sent; {@code presenter} is the position of the presenting author.
 */
@TemplateData
public record SubmissionForm(String title, String abstractText, String track, String format, String keywords,
        List<AuthorRow> authors, String presenter) {

    private static final int SPARE_ROWS = 2;

    @TemplateData
    public record AuthorRow(String name, String email, String affiliation) {

        boolean blank() {
            return isBlank(name) && isBlank(email) && isBlank(affiliation);
        }
    }

    /** A new paper: the signed-in person is its first author and presenter. */
    static SubmissionForm first(String name, String email) {
        return new SubmissionForm("", "", "", "", "", rows(List.of(new AuthorRow(name, email, ""))), "0");
    }

    static SubmissionForm of(Submission submission) {
        return of(submission.title(), submission.abstractText(), submission.track(), submission.format(),
                String.join(", ", submission.keywords()), submission.authors());
    }

    /** A form holding these authors, with spare rows, the presenting one chosen. */
    static SubmissionForm of(String title, String abstractText, String track, String format, String keywords,
            List<Submission.Author> listed) {
        List<AuthorRow> authors = listed.stream().map(a -> new AuthorRow(a.name(), a.email(),
                a.affiliation() == null ? "" : a.affiliation())).toList();
        int presenter = IntStream.range(0, listed.size()).filter(i -> listed.get(i).presenter()).findFirst().orElse(0);
        return new SubmissionForm(title, abstractText, track, format, keywords, rows(authors), Integer.toString(presenter));
    }

    static SubmissionForm typed(String title, String abstractText, String track, String format, String keywords,
            List<String> names, List<String> emails, List<String> affiliations, String presenter) {
        int count = Math.max(names.size(), Math.max(emails.size(), affiliations.size()));
        List<AuthorRow> authors = IntStream.range(0, count)
                .mapToObj(i -> new AuthorRow(at(names, i), at(emails, i), at(affiliations, i))).toList();
        return new SubmissionForm(title, abstractText, track, format, keywords, authors, presenter);
    }

    /** The same form with blank rows to add authors; the presenter keeps pointing at the same person. */
    SubmissionForm withSpareRows() {
        List<AuthorRow> kept = new ArrayList<>();
        String presenting = presenter;
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).blank()) {
                continue;
            }
            if (Integer.toString(i).equals(presenter)) {
                presenting = Integer.toString(kept.size());
            }
            kept.add(authors.get(i));
        }
        return new SubmissionForm(title, abstractText, track, format, keywords, rows(kept), presenting);
    }

    /** Whether author row {@code index} is the one presenting (for the radio button). */
    public boolean presents(int index) {
        return Integer.toString(index).equals(presenter);
    }

    /** The body of {@code POST …/submissions} and {@code PUT /api/submissions/{sid}}; the service judges it. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", strip(title));
        body.put("abstract", strip(abstractText));
        body.put("track", strip(track));
        body.put("format", strip(format));
        body.put("keywords", Arrays.stream(strip(keywords).split("[,;\\n]")).map(String::strip).filter(k -> !k.isEmpty()).toList());
        body.put("authors", authorBodies(true));
        return body;
    }

    /** The authors typed, blank rows left out; {@code presenterFlag}: each says whether they present. */
    List<Map<String, Object>> authorBodies(boolean presenterFlag) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            AuthorRow row = authors.get(i);
            if (row.blank()) {
                continue;
            }
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("name", strip(row.name()));
            author.put("email", strip(row.email()));
            if (!isBlank(row.affiliation())) {
                author.put("affiliation", strip(row.affiliation()));
            }
            if (presenterFlag) {
                author.put("presenter", presents(i));
            }
            people.add(author);
        }
        return people;
    }

    /** The presenting author's email as typed, none when the chosen row is blank or none is chosen. */
    String presenterEmail() {
        for (int i = 0; i < authors.size(); i++) {
            if (presents(i) && !authors.get(i).blank()) {
                return strip(authors.get(i).email());
            }
        }
        return null;
    }

    private static List<AuthorRow> rows(List<AuthorRow> filled) {
        List<AuthorRow> rows = new ArrayList<>(filled);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new AuthorRow("", "", ""));
        }
        return rows;
    }
}
