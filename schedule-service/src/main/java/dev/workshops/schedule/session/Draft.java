package dev.workshops.schedule.session;

import dev.workshops.events.SessionSnapshot;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.schedule.paper.PaperContent;
import java.util.List;
import java.util.UUID;

/**
 * The organizer's draft: its sessions, the accepted papers no scheduled session presents yet, and the scheduled
 * sessions presenting a paper no longer in the program.
 */
public record Draft(List<SessionView> sessions, List<Unplaced> unplacedPapers, List<Flagged> flagged) {

    /** An accepted paper waiting for a session: a TALK for ACCEPT_ORAL, a POSTER session for ACCEPT_POSTER. */
    public record Unplaced(UUID paperId, String title, SubmissionChanged.Outcome outcome, String format,
            List<SessionSnapshot.PaperAuthor> authors, String presenter) {

        static Unplaced of(PaperContent paper) {
            return new Unplaced(paper.id(), paper.title(), paper.outcome(), paper.format(),
                    paper.presented(null).authors(), paper.presenter().map(SubmissionChanged.Author::name).orElse(null));
        }
    }

    /** {@code problem}: WITHDRAWN (by its authors) or NOT_ACCEPTED (its released decision is no longer an accept). */
    public record Flagged(UUID sessionId, String sessionTitle, UUID paperId, String paperTitle, String problem) {

        static Flagged of(SessionSnapshot session, SessionSnapshot.Paper placed, PaperContent paper) {
            String problem = paper != null && paper.status() == SubmissionChanged.Status.WITHDRAWN ? "WITHDRAWN" : "NOT_ACCEPTED";
            return new Flagged(session.id(), session.title(), placed.paperId(), placed.title(), problem);
        }
    }
}
