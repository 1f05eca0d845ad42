package dev.workshops.submissions.cameraready;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.submissions.submission.Submission;
import dev.workshops.submissions.submission.SubmissionService;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A workshop's accepted papers, public once their decisions are released: the camera-ready's title, abstract and
 * authors when sent (else the submission's), never an email; the final PDF's link for archival papers that have one.
 */
@Path("/api/workshops/{id}/papers")
@PermitAll
public class PapersResource {

    public record Author(String name, String affiliation) {
    }

    public record Paper(UUID id, String title, @JsonProperty("abstract") String abstractText, String format,
            SubmissionChanged.Outcome outcome, List<Author> authors, boolean archival, String pdfUrl) {
    }

    private final CameraReadyFacts cameraReadies;

    public PapersResource(CameraReadyFacts cameraReadies) {
        this.cameraReadies = cameraReadies;
    }

    @GET
    @WithSession
    public Uni<Page<Paper>> papers(@PathParam("id") String workshopId, @Valid @BeanParam PageRequest paging) {
        var accepted = Submission.<Submission>find("workshopId = ?1 and decisionReleasedAt is not null and decision in ?2 and status <> ?3",
                Sort.by("title").and("id"), workshopId,
                List.of(SubmissionChanged.Outcome.ACCEPT_ORAL.name(), SubmissionChanged.Outcome.ACCEPT_POSTER.name()),
                Submission.WITHDRAWN);
        return accepted.page(paging.page, paging.size).<Submission>list().flatMap(papers -> accepted.count().flatMap(total -> {
            List<UUID> ids = papers.stream().map(p -> p.id).toList();
            return SubmissionService.authorFacts(ids).flatMap(authors -> cameraReadies.of(ids).map(finals -> new Page<>(
                    papers.stream().map(p -> paper(p, authors.getOrDefault(p.id, List.of()), finals)).toList(),
                    paging.page, paging.size, total)));
        }));
    }

    private static Paper paper(Submission submission, List<SubmissionChanged.Author> submitted,
            Map<UUID, SubmissionChanged.CameraReady> finals) {
        SubmissionChanged.CameraReady last = finals.get(submission.id);
        List<SubmissionChanged.Author> authors = last != null ? last.authors() : submitted;
        return new Paper(submission.id, last != null ? last.title() : submission.title,
                last != null ? last.abstractText() : submission.abstractText, submission.format,
                SubmissionChanged.Outcome.valueOf(submission.decision),
                authors.stream().map(a -> new Author(a.name(), a.affiliation())).toList(),
                last != null && last.archival(), last == null ? null : last.pdfUrl());
    }
}
