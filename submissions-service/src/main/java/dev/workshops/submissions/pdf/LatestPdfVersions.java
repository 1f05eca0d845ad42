package dev.workshops.submissions.pdf;

import dev.workshops.support.json.JsonColumns;
import dev.workshops.submissions.submission.LatestPdfs;
import dev.workshops.submissions.submission.SubmissionView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The PDF that counts for each submission, its highest version (of its own, not the camera-ready's), as a submission's answers show it. */
@ApplicationScoped
public class LatestPdfVersions implements LatestPdfs {

    private final JsonColumns json;

    public LatestPdfVersions(JsonColumns json) {
        this.json = json;
    }

    @Override
    public Uni<Map<UUID, SubmissionView.Pdf>> of(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return latest(submissionIds).map(versions -> versions.stream()
                .collect(Collectors.toMap(version -> version.submissionId, this::view)));
    }

    /** Inside the caller's session. */
    static Uni<List<PdfVersion>> latest(Collection<UUID> submissionIds) {
        return PdfVersion.list("from PdfVersion p where p.submissionId in ?1 and p.kind = ?2 and p.version = "
                + "(select max(q.version) from PdfVersion q where q.submissionId = p.submissionId and q.kind = ?2)",
                submissionIds, PdfVersion.Kind.SUBMISSION);
    }

    public SubmissionView.Pdf view(PdfVersion version) {
        return new SubmissionView.Pdf(version.version, version.pages, version.pagesBeforeReferences, version.bytes,
                version.sha256, json.read(version.formatWarnings, JsonColumns.STRINGS), version.lateWithinGrace);
    }
}
