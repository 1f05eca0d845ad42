package dev.workshops.portal.workshops;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the program chair reads from schedule-service to build the program from accepted papers. */
public final class Program {

    private Program() {
    }

    /** The draft: every session, the accepted papers no scheduled session presents, and sessions whose paper left. */
    public record Draft(List<DraftSession> sessions, List<Unplaced> unplacedPapers, List<Flagged> flagged) {

        public Draft {
            sessions = sessions == null ? List.of() : sessions;
            unplacedPapers = unplacedPapers == null ? List.of() : unplacedPapers;
            flagged = flagged == null ? List.of() : flagged;
        }

        /** Scheduled poster sessions, where ACCEPT_POSTER papers get their boards. */
        public List<DraftSession> posterSessions() {
            return sessions.stream().filter(s -> "POSTER".equals(s.kind()) && "SCHEDULED".equals(s.status())).toList();
        }

        public List<Unplaced> orals() {
            return unplacedPapers.stream().filter(p -> "ACCEPT_ORAL".equals(p.outcome())).toList();
        }

        public List<Unplaced> posters() {
            return unplacedPapers.stream().filter(p -> "ACCEPT_POSTER".equals(p.outcome())).toList();
        }
    }

    /** A draft session as the organizer edits it (its times in the workshop's zone). */
    @TemplateData
    public record DraftSession(UUID id, String title, String kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String room, List<Speaker> speakers, @JsonProperty("abstract") String abstractText, boolean streamed,
            String status, List<Session.Paper> papers) {

        public List<Session.Paper> papersOrNone() {
            return papers == null ? List.of() : papers;
        }

        public List<Speaker> speakersOrNone() {
            return speakers == null ? List.of() : speakers;
        }

        public boolean scheduled() {
            return "SCHEDULED".equals(status);
        }

        /** "Ada (TU Wien), Grace". */
        public String speakerNames() {
            return Session.names(speakersOrNone().stream().map(s -> new Session.Speaker(s.name(), s.affiliation())).toList());
        }
    }

    /** A draft session's speaker; {@code userId} ties them to an account (kept as it is when the session is edited). */
    @TemplateData
    public record Speaker(String name, String affiliation, String userId) {
    }

    @TemplateData
    public record Unplaced(UUID paperId, String title, String outcome, String format, List<Session.Speaker> authors,
            String presenter) {

        public String authorNames() {
            return Session.names(authors);
        }
    }

    /** {@code problem}: WITHDRAWN or NOT_ACCEPTED. */
    @TemplateData
    public record Flagged(UUID sessionId, String sessionTitle, UUID paperId, String paperTitle, String problem) {
    }

    public record Presenters(List<Presenter> presenters) {

        public Presenters {
            presenters = presenters == null ? List.of() : presenters;
        }
    }

    /** A paper's presenter and the registration they hold; {@code flagged} when it does not fit their attendance. */
    @TemplateData
    public record Presenter(UUID paperId, String title, String outcome, String name, String email, String attendance,
            Registration registration, String standing, boolean flagged) {

        public String standingWords() {
            return switch (standing) {
                case "MATCHES" -> "registered as declared";
                case "NOT_DECLARED" -> "no camera-ready yet";
                case "NOT_REGISTERED" -> "not registered";
                case "NO_SEAT" -> "declared in person, holds no confirmed seat";
                case "REGISTERED_VIRTUALLY" -> "declared in person, registered online";
                case "NO_STREAM_ACCESS" -> "declared online, has no stream access";
                default -> standing;
            };
        }
    }

    @TemplateData
    public record Registration(String status, String mode, boolean streamAccess, boolean emailVerified) {
    }
}
