package dev.workshops.schedule.site;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.workshops.schedule.session.SessionCodec;
import dev.workshops.schedule.workshop.Workshop;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * The public site's content. Nothing else in the platform needs it (notices name the workshop's venue and dates,
 * which the {@code workshops} fact already carries), so it is not published.
 */
@ApplicationScoped
public class SiteService {

    private static final TypeReference<List<SiteRequest.Person>> PEOPLE = new TypeReference<>() { };
    private static final TypeReference<List<SiteRequest.Sponsor>> SPONSORS = new TypeReference<>() { };

    private final SessionCodec json;
    private final Clock clock;

    public SiteService(SessionCodec json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @WithSession
    public Uni<SiteView> get(String workshopId) {
        return Workshop.existing(workshopId)
                .flatMap(workshop -> WorkshopSite.<WorkshopSite>findById(workshopId))
                .map(site -> site == null ? SiteView.empty(workshopId) : viewOf(site));
    }

    /** Replaces the whole content; the workshop's row is locked so two editors' PUTs queue. */
    @WithTransaction
    public Uni<SiteView> replace(String workshopId, SiteRequest request) {
        SiteRules.check(request);
        return Workshop.locked(workshopId)
                .flatMap(workshop -> WorkshopSite.<WorkshopSite>findById(workshopId))
                .flatMap(found -> {
                    WorkshopSite site = found != null ? found : newSite(workshopId);
                    site.overview = request.overviewOrEmpty();
                    site.people = json.write(request.peopleOrEmpty());
                    site.sponsors = json.write(request.sponsorsOrEmpty());
                    site.version += 1;
                    site.updatedAt = clock.instant();
                    return site.<WorkshopSite>persist();
                })
                .map(this::viewOf);
    }

    private static WorkshopSite newSite(String workshopId) {
        WorkshopSite site = new WorkshopSite();
        site.workshopId = workshopId;
        return site;
    }

    private SiteView viewOf(WorkshopSite site) {
        return new SiteView(site.workshopId, site.overview, OverviewMarkdown.toSafeHtml(site.overview),
                json.read(site.people, PEOPLE), json.read(site.sponsors, SPONSORS), site.version, site.updatedAt);
    }
}
