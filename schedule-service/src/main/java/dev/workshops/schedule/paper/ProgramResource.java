package dev.workshops.schedule.paper;

import dev.workshops.events.RegistrationChanged;
import dev.workshops.events.SubmissionChanged;
import dev.workshops.schedule.workshop.Workshop;
import dev.workshops.support.registrations.HeldRegistration;
import dev.workshops.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

/** The program chair's view of the accepted papers' presenters and their registrations. */
@Path("/api/workshops/{id}/program/presenters")
@RolesAllowed(Roles.ORGANIZER)
public class ProgramResource {

    /** A presenter and what they hold; {@code registration} is none when they have not registered (with that email). */
    public record Presenter(UUID paperId, String title, SubmissionChanged.Outcome outcome, String name, String email,
            SubmissionChanged.Attendance attendance, Registration registration, PresenterStanding standing,
            boolean flagged) {
    }

    /** {@code emailVerified} false: someone registered with the presenter's address, but nobody vouched for it. */
    public record Registration(RegistrationChanged.Status status, RegistrationChanged.Mode mode, boolean streamAccess,
            boolean emailVerified) {
    }

    public record Presenters(List<Presenter> presenters) {
    }

    private final Papers papers;

    public ProgramResource(Papers papers) {
        this.papers = papers;
    }

    /** Every paper in the program (by title) with its presenter's registration, flagged when it does not fit. */
    @GET
    @WithSession
    public Uni<Presenters> presenters(@PathParam("id") String workshopId) {
        return Workshop.existing(workshopId).flatMap(workshop -> papers.inProgram(workshopId)
                .flatMap(inProgram -> papers.registrationsOf(workshopId,
                                inProgram.stream().flatMap(p -> p.presenterKey().stream()).distinct().toList())
                        .map(registrations -> new Presenters(inProgram.stream().map(paper -> {
                            SubmissionChanged.Author presenter = paper.presenter().orElse(null);
                            HeldRegistration held = paper.presenterKey().map(registrations::get).orElse(null);
                            PresenterStanding standing = held == null
                                    ? PresenterStanding.of(paper.attendance(), null, null, false)
                                    : PresenterStanding.of(paper.attendance(), held.status, held.mode, held.streamAccess);
                            return new Presenter(paper.id(), paper.title(), paper.outcome(),
                                    presenter == null ? null : presenter.name(), presenter == null ? null : presenter.email(),
                                    paper.attendance(), held == null ? null : new Registration(held.status, held.mode, held.streamAccess, held.emailVerified),
                                    standing, standing.flagged());
                        }).toList()))));
    }
}
