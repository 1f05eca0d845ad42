package dev.workshops.schedule.paper;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.support.problem.ProblemException;
import dev.workshops.support.registrations.HeldRegistration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which accepted papers a session may present, and what a session presenting papers shows: the rules of the
 * program in one place. A TALK presents one ACCEPT_ORAL paper, a POSTER session many ACCEPT_POSTER papers on
 * distinct boards; a paper is in at most one scheduled session.
 */
public final class Placement {

    private Placement() {
    }

    /** Another scheduled session that already presents a paper. */
    public record PlacedElsewhere(UUID sessionId, String title) {
    }

    /** What a session presenting papers shows: the talk's title and abstract are its paper's. */
    public record Presented(String title, String abstractText, List<SessionSnapshot.Speaker> speakers,
            List<SessionSnapshot.Paper> papers) {
    }

    /**
     * Refuses what cannot be placed: an unknown paper (404), a paper not accepted by a released decision, accepted
     * for the other kind of session, withdrawn, twice in the request, already in another scheduled session, or a
     * board used twice (409). Papers the session already presents are kept even if withdrawn since (the draft
     * flags them), so the session can still be moved or cancelled.
     *
     * @param found the workshop's papers among the request's, by id
     * @param alreadyHere the papers the session presents now
     * @param elsewhere papers in the workshop's other scheduled sessions
     */
    public static void check(SessionSnapshot.Kind kind, List<PaperPlace> places, Map<UUID, PaperContent> found,
            Set<UUID> alreadyHere, Map<UUID, PlacedElsewhere> elsewhere) {
        Set<UUID> seen = new HashSet<>();
        Set<Integer> boards = new HashSet<>();
        for (PaperPlace place : places) {
            PaperContent paper = found.get(place.paperId());
            if (paper == null) {
                throw ProblemException.notFound("There is no paper " + place.paperId() + " in this workshop.")
                        .with("paperId", place.paperId());
            }
            if (!seen.add(place.paperId())) {
                throw conflict("'" + paper.title() + "' is placed twice in this session.", place);
            }
            if (place.board() != null && !boards.add(place.board())) {
                throw conflict("Board " + place.board() + " is used twice in this session.", place).with("board", place.board());
            }
            PlacedElsewhere other = elsewhere.get(place.paperId());
            if (other != null) {
                throw conflict("'" + paper.title() + "' is already presented in '" + other.title() + "'.", place)
                        .with("conflictingSession", Map.of("id", other.sessionId(), "title", other.title()));
            }
            if (!alreadyHere.contains(place.paperId())) {
                checkPlaceable(kind, paper, place);
            }
        }
    }

    private static void checkPlaceable(SessionSnapshot.Kind kind, PaperContent paper, PaperPlace place) {
        if (paper.status() == SubmissionChanged.Status.WITHDRAWN) {
            throw conflict("'" + paper.title() + "' was withdrawn by its authors.", place);
        }
        if (paper.outcome() == null) {
            throw conflict("'" + paper.title() + "' has no released decision.", place);
        }
        SubmissionChanged.Outcome needed = kind == SessionSnapshot.Kind.TALK
                ? SubmissionChanged.Outcome.ACCEPT_ORAL : SubmissionChanged.Outcome.ACCEPT_POSTER;
        if (paper.outcome() != needed) {
            throw conflict("'" + paper.title() + "' is " + describe(paper.outcome()) + "; a " + kind
                    + " session presents papers " + describe(needed) + ".", place).with("outcome", paper.outcome());
        }
    }

    private static String describe(SubmissionChanged.Outcome outcome) {
        return switch (outcome) {
            case ACCEPT_ORAL -> "accepted as a talk";
            case ACCEPT_POSTER -> "accepted as a poster";
            case REJECT -> "rejected";
            case DESK_REJECT -> "desk-rejected";
        };
    }

    private static ProblemException conflict(String detail, PaperPlace place) {
        return ProblemException.conflict(detail).with("paperId", place.paperId());
    }

    /**
     * What a session presenting {@code places} shows. A TALK takes its paper's title and abstract; a POSTER
     * session keeps its own and lists its papers by board. The speakers are the papers' presenters, each linked to
     * their account when they registered for the workshop with the email the paper lists, verified (an address
     * nobody vouched for names nobody); the other authors
     * appear on the paper only.
     *
     * @param papers the papers placed, by id (each of {@code places} is among them)
     * @param registrations registrations by lower-case email
     */
    public static Presented present(SessionSnapshot.Kind kind, String ownTitle, String ownAbstract,
            List<PaperPlace> places, Map<UUID, PaperContent> papers, Map<String, HeldRegistration> registrations) {
        List<PaperPlace> ordered = new ArrayList<>(places);
        ordered.sort(Comparator.comparing(PaperPlace::board, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, SessionSnapshot.Speaker> speakers = new LinkedHashMap<>();
        List<SessionSnapshot.Paper> presented = new ArrayList<>();
        for (PaperPlace place : ordered) {
            PaperContent paper = papers.get(place.paperId());
            if (paper == null) {
                continue;
            }
            presented.add(paper.presented(place.board()));
            paper.presenter().ifPresent(presenter -> {
                String key = presenter.email().toLowerCase(java.util.Locale.ROOT);
                String userId = Optional.ofNullable(registrations.get(key)).filter(r -> r.emailVerified)
                        .map(r -> r.attendeeId).orElse(null);
                speakers.putIfAbsent(key, new SessionSnapshot.Speaker(presenter.name(), presenter.affiliation(), userId));
            });
        }
        if (kind == SessionSnapshot.Kind.TALK && presented.size() == 1) {
            PaperContent paper = papers.get(ordered.getFirst().paperId());
            return new Presented(paper.title(), paper.abstractText(), List.copyOf(speakers.values()), presented);
        }
        return new Presented(ownTitle, ownAbstract, List.copyOf(speakers.values()), presented);
    }
}
