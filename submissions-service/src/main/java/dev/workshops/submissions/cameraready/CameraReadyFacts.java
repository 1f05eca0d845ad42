package dev.workshops.submissions.cameraready;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.pdf.PdfVersion;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.links.PublicLinks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A paper's camera-ready as facts and answers carry it, inside the caller's session: every fact of the submission
 * after it was sent carries it, so a consumer holding the latest fact holds the final version.
 */
@ApplicationScoped
public class CameraReadyFacts {

    private static final TypeReference<List<SubmissionChanged.Author>> AUTHORS = new TypeReference<>() { };

    private final JsonColumns json;
    private final PublicLinks links;

    public CameraReadyFacts(JsonColumns json, PublicLinks links) {
        this.json = json;
        this.links = links;
    }

    /** Its camera-ready, or {@code null} when none was sent. */
    public Uni<SubmissionChanged.CameraReady> of(UUID submissionId) {
        return CameraReady.<CameraReady>findById(submissionId).flatMap(sent -> sent == null ? Uni.createFrom().nullItem()
                : withFinalPdf(Set.of(submissionId)).map(withPdf -> fact(sent, withPdf.contains(submissionId))));
    }

    /** The camera-readies of these submissions, by submission. */
    public Uni<Map<UUID, SubmissionChanged.CameraReady>> of(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return CameraReady.<CameraReady>list("submissionId in ?1", submissionIds)
                .flatMap(sent -> withFinalPdf(submissionIds).map(withPdf -> sent.stream()
                        .collect(Collectors.toMap(c -> c.submissionId, c -> fact(c, withPdf.contains(c.submissionId))))));
    }

    List<SubmissionChanged.Author> authorsOf(CameraReady sent) {
        return json.read(sent.authors, AUTHORS);
    }

    String write(List<SubmissionChanged.Author> authors) {
        return json.write(authors);
    }

    /** Where anyone may download the final PDF of an archival paper. */
    String pdfUrl(UUID submissionId) {
        return links.to("/api/submissions/{sid}/camera-ready/pdf", submissionId);
    }

    private SubmissionChanged.CameraReady fact(CameraReady sent, boolean hasPdf) {
        return new SubmissionChanged.CameraReady(sent.title, sent.abstractText, authorsOf(sent), sent.presenterEmail,
                sent.attendance, sent.license, sent.archival, sent.archival && hasPdf ? pdfUrl(sent.submissionId) : null,
                sent.sentAt);
    }

    private static Uni<Set<UUID>> withFinalPdf(Collection<UUID> submissionIds) {
        return PdfVersion.<PdfVersion>list("submissionId in ?1 and kind = ?2", submissionIds, PdfVersion.Kind.CAMERA_READY)
                .map(versions -> versions.stream().map(v -> v.submissionId).collect(Collectors.toSet()));
    }
}
