package dev.workshops.schedule.workshop;

import dev.workshops.events.EventTypes;
import dev.workshops.events.Topics;
import dev.workshops.events.WorkshopChanged;
import dev.workshops.support.events.Outbox;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class WorkshopService {

    private final Outbox outbox;
    private final Clock clock;

    public WorkshopService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<WorkshopView> create(WorkshopRequest request) {
        WorkshopRules.check(request);
        return Workshop.<Workshop>findById(request.id()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("A workshop with id '" + request.id() + "' already exists.");
            }
            Workshop workshop = new Workshop();
            workshop.id = request.id();
            workshop.createdAt = clock.instant();
            workshop.version = 0;
            apply(workshop, request, workshop.createdAt);
            return workshop.<Workshop>persist()
                    .flatMap(created -> publish(created, WorkshopChanged.Reason.CREATED))
                    .map(WorkshopView::of);
        });
    }

    @WithTransaction
    public Uni<WorkshopView> update(String id, WorkshopRequest request) {
        if (!id.equals(request.id())) {
            throw ProblemException.badRequest("The body's id '" + request.id() + "' differs from the path's '" + id + "'.");
        }
        WorkshopRules.check(request);
        return Workshop.locked(id).flatMap(workshop -> {
            apply(workshop, request, clock.instant());
            return publish(workshop, WorkshopChanged.Reason.UPDATED);
        }).map(WorkshopView::of);
    }

    @WithSession
    public Uni<WorkshopView> get(String id) {
        return Workshop.existing(id).map(WorkshopView::of);
    }

    /** Soonest first, then by id, so that pages do not overlap. */
    @WithSession
    public Uni<Page<WorkshopView>> list(PageRequest paging) {
        return Workshop.count().flatMap(total -> Workshop.<Workshop>findAll(Sort.by("startsAt").and("id"))
                .page(paging.page, paging.size).list()
                .map(page -> new Page<>(page.stream().map(WorkshopView::of).toList(), paging.page, paging.size, total)));
    }

    /** Records the workshop's new snapshot; other services learn of it from the `workshops` topic. */
    private Uni<Workshop> publish(Workshop workshop, WorkshopChanged.Reason reason) {
        WorkshopChanged snapshot = new WorkshopChanged(workshop.id, workshop.title, workshop.timezone, workshop.venue,
                workshop.startsAt, workshop.endsAt, workshop.description, workshop.version, reason);
        return outbox.record(Topics.WORKSHOPS, workshop.id, EventTypes.WORKSHOP_CHANGED, workshop.id, snapshot)
                .replaceWith(workshop);
    }

    private static void apply(Workshop workshop, WorkshopRequest request, Instant at) {
        workshop.title = request.title().strip();
        workshop.timezone = request.timezone();
        workshop.venue = request.venue().strip();
        workshop.startsAt = request.startsAt().toInstant();
        workshop.endsAt = request.endsAt().toInstant();
        workshop.description = request.description();
        workshop.version += 1;
        workshop.updatedAt = at;
    }
}
