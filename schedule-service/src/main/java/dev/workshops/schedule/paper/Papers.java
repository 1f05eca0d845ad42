package dev.workshops.schedule.paper;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.support.json.JsonColumns;
import dev.workshops.support.registrations.HeldRegistration;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading the paper projection (inside the caller's session) and the registrations its presenters hold. */
@ApplicationScoped
public class Papers {

    private static final TypeReference<List<SubmissionChanged.Author>> AUTHORS = new TypeReference<>() { };

    private final JsonColumns json;

    public Papers(JsonColumns json) {
        this.json = json;
    }

    public PaperContent contentOf(Paper paper) {
        return new PaperContent(paper.id, paper.workshopId, paper.status, paper.outcome, paper.format, paper.title,
                paper.abstractText, json.read(paper.authors, AUTHORS), paper.presenterEmail, paper.attendance,
                paper.pdfUrl);
    }

    String write(List<SubmissionChanged.Author> authors) {
        return json.write(authors);
    }

    /** The workshop's papers among {@code ids}, by id; a paper of another workshop is not among them. */
    public Uni<Map<UUID, PaperContent>> of(String workshopId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Paper.<Paper>list("workshopId = ?1 and id in ?2", workshopId, ids)
                .map(found -> found.stream().map(this::contentOf)
                        .collect(Collectors.toMap(PaperContent::id, Function.identity())));
    }

    /** The workshop's papers in the program (accepted by a released decision, not withdrawn), by title. */
    public Uni<List<PaperContent>> inProgram(String workshopId) {
        return Paper.<Paper>list("workshopId = ?1 and outcome in ?2 and status <> ?3 order by title", workshopId,
                        List.of(SubmissionChanged.Outcome.ACCEPT_ORAL, SubmissionChanged.Outcome.ACCEPT_POSTER),
                        SubmissionChanged.Status.WITHDRAWN)
                .map(found -> found.stream().map(this::contentOf).toList());
    }

    /** What a session presenting {@code places} shows ({@link Placement#present}), its presenters' accounts looked up. */
    public Uni<Placement.Presented> present(String workshopId, SessionSnapshot.Kind kind, String ownTitle, String ownAbstract,
            List<PaperPlace> places, Map<UUID, PaperContent> found) {
        // A placed paper the projection does not hold (yet) presents nothing, rather than failing the release.
        List<String> presenters = places.stream().filter(p -> found.containsKey(p.paperId()))
                .map(p -> found.get(p.paperId()).presenterKey())
                .flatMap(Optional::stream).distinct().toList();
        return registrationsOf(workshopId, presenters)
                .map(registrations -> Placement.present(kind, ownTitle, ownAbstract, places, found, registrations));
    }

    /**
     * The registrations for this workshop made with these (lower-case) emails and verified, by email: an active one
     * before a cancelled one, then the newest. An unverified registration with a presenter's address is not theirs:
     * counting it would let anyone stand in for a presenter (or hide the real one).
     */
    public Uni<Map<String, HeldRegistration>> registrationsOf(String workshopId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Comparator<HeldRegistration> preferred = Comparator.comparing(HeldRegistration::isActive)
                .thenComparing(r -> r.createdAt);
        return HeldRegistration.<HeldRegistration>list("workshopId = ?1 and lower(email) in ?2 and emailVerified = true", workshopId, emails)
                .map(found -> found.stream().collect(Collectors.toMap(r -> r.email.toLowerCase(Locale.ROOT),
                        Function.identity(), (a, b) -> preferred.compare(a, b) >= 0 ? a : b)));
    }
}
