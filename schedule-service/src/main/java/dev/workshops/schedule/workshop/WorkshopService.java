package dev.workshops.schedule.workshop;

import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WorkshopService {

    @WithTransaction
    public Uni<WorkshopView> create(WorkshopRequest request) {
        WorkshopRules.check(request);
        return Workshop.<Workshop>findById(request.id()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("A workshop with id '" + request.id() + "' already exists.");
            }
            Workshop workshop = new Workshop();
            workshop.id = request.id();
            workshop.createdAt = Instant.now();
            workshop.version = 0;
            apply(workshop, request);
            return workshop.<Workshop>persist().map(WorkshopView::of);
        });
    }

    @WithTransaction
    public Uni<WorkshopView> update(String id, WorkshopRequest request) {
        if (!id.equals(request.id())) {
            throw ProblemException.badRequest("The body's id '" + request.id() + "' differs from the path's '" + id + "'.");
        }
        WorkshopRules.check(request);
        return find(id).map(workshop -> {
            apply(workshop, request);
            return WorkshopView.of(workshop);
        });
    }

    @WithSession
    public Uni<WorkshopView> get(String id) {
        return find(id).map(WorkshopView::of);
    }

    @WithSession
    public Uni<List<WorkshopView>> list() {
        return Workshop.<Workshop>listAll(io.quarkus.panache.common.Sort.by("startsAt"))
                .map(all -> all.stream().map(WorkshopView::of).toList());
    }

    private static Uni<Workshop> find(String id) {
        return Workshop.<Workshop>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("There is no workshop '" + id + "'."));
    }

    private static void apply(Workshop workshop, WorkshopRequest request) {
        workshop.title = request.title().strip();
        workshop.timezone = request.timezone();
        workshop.venue = request.venue().strip();
        workshop.startsAt = request.startsAt().toInstant();
        workshop.endsAt = request.endsAt().toInstant();
        workshop.description = request.description();
        workshop.version += 1;
        workshop.updatedAt = Instant.now();
    }
}
