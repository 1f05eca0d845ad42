package dev.workshops.portal.submissions;

import static dev.workshops.portal.submissions.CallForm.strip;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A camera-ready's form as the author typed it: the final title, abstract and authors (rows as on the submission's
 * form, the presenter chosen among them), how the presenter takes part, the licence and whether it is archival.
 */
@TemplateData
public record CameraReadyForm(SubmissionForm paper, String attendance, String license, boolean archival) {

    /** The licence offered first, as most open-access proceedings ask. */
    static final String DEFAULT_LICENSE = "CC-BY-4.0";

    /** The camera-ready as last sent, or the submission's own details for a first one. */
    static CameraReadyForm of(Submission submission, CameraReady sent) {
        if (sent == null) {
            return new CameraReadyForm(SubmissionForm.of(submission.title(), submission.abstractText(), "", "", "",
                    submission.authors()), "IN_PERSON", DEFAULT_LICENSE, true);
        }
        return new CameraReadyForm(SubmissionForm.of(sent.title(), sent.abstractText(), "", "", "", sent.authors()),
                sent.presenter().attendance(), sent.license(), sent.archival());
    }

    static CameraReadyForm typed(String title, String abstractText, List<String> names, List<String> emails,
            List<String> affiliations, String presenter, String attendance, String license, String archival) {
        return new CameraReadyForm(SubmissionForm.typed(title, abstractText, "", "", "", names, emails, affiliations, presenter),
                attendance, license, "true".equals(archival));
    }

    CameraReadyForm withSpareRows() {
        return new CameraReadyForm(paper.withSpareRows(), attendance, license, archival);
    }

    public boolean inPerson() {
        return !"VIRTUAL".equals(attendance);
    }

    /** The body of {@code PUT /api/submissions/{sid}/camera-ready}; the service judges it. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", strip(paper.title()));
        body.put("abstract", strip(paper.abstractText()));
        body.put("authors", paper.authorBodies(false));
        Map<String, Object> presenter = new LinkedHashMap<>();
        presenter.put("email", paper.presenterEmail());
        presenter.put("attendance", inPerson() ? "IN_PERSON" : "VIRTUAL");
        body.put("presenter", presenter);
        body.put("license", strip(license));
        body.put("archival", archival);
        return body;
    }
}
