package dev.workshops.registration.roster;

import dev.workshops.registration.registration.Registration;
import dev.workshops.registration.registration.RegistrationView;
import dev.workshops.support.workshops.KnownWorkshop;
import dev.workshops.support.paging.Page;
import dev.workshops.support.paging.PageRequest;
import dev.workshops.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/** What organizers see of a workshop's registrations: the list, the export and the stats. */
@ApplicationScoped
public class RosterService {

    private final SeatTallies tallies;

    public RosterService(SeatTallies tallies) {
        this.tallies = tallies;
    }

    /**
     * A page of registrations, oldest first; filtered on WAITLISTED, in waitlist order per mode instead.
     */
    @WithSession
    public Uni<Page<RegistrationView>> list(String workshopId, RosterFilter filter, PageRequest paging) {
        Selection selection = Selection.of(workshopId, filter);
        return known(workshopId).flatMap(workshop -> Panache.getSession().flatMap(session ->
                selection.apply(session.createSelectionQuery("select count(r) " + selection.from(), Long.class))
                        .getSingleResult()
                        .flatMap(total -> selection.apply(session.createSelectionQuery(
                                        selection.from() + selection.order(filter), Registration.class))
                                .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList()
                                .flatMap(this::withPositions)
                                .map(items -> new Page<>(items, paging.page, paging.size, total)))));
    }

    /** Every registration of the workshop, cancelled ones included, oldest first. */
    @WithSession
    public Uni<List<Registration>> all(String workshopId) {
        return known(workshopId).flatMap(workshop -> Registration.<Registration>find(
                "workshopId = ?1 order by createdAt, id", workshopId).list());
    }

    @WithSession
    public Uni<RegistrationStats> stats(String workshopId) {
        return known(workshopId).flatMap(workshop -> tallies.of(workshopId)).map(counted -> {
            if (counted.isEmpty()) {
                throw ProblemException.notFound("This workshop has no registration policy yet.");
            }
            return RegistrationStats.of(counted);
        });
    }

    /** Waitlist positions of the page's WAITLISTED registrations, counted in one query. */
    private Uni<List<RegistrationView>> withPositions(List<Registration> page) {
        List<UUID> waiting = page.stream().filter(r -> Registration.WAITLISTED.equals(r.status)).map(r -> r.id).toList();
        Function<Map<UUID, Long>, List<RegistrationView>> views = ahead -> page.stream()
                .map(r -> RegistrationView.of(r, (int) (ahead.getOrDefault(r.id, 0L) + 1))).toList();
        if (waiting.isEmpty()) {
            return Uni.createFrom().item(views.apply(Map.of()));
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        select r.id, count(w) from Registration r, Registration w
                        where r.id in :ids and w.workshopId = r.workshopId and w.mode = r.mode
                          and w.status = 'WAITLISTED' and w.waitlistNumber < r.waitlistNumber
                        group by r.id""", Object[].class)
                .setParameter("ids", waiting).getResultList()
                .map(rows -> {
                    Map<UUID, Long> ahead = new HashMap<>();
                    rows.forEach(row -> ahead.put((UUID) row[0], (Long) row[1]));
                    return views.apply(ahead);
                }));
    }

    private static Uni<KnownWorkshop> known(String workshopId) {
        return KnownWorkshop.<KnownWorkshop>findById(workshopId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("There is no workshop '" + workshopId + "'."));
    }

    /** The WHERE clause of a filter and its parameters. */
    private record Selection(String where, Map<String, Object> parameters) {

        static Selection of(String workshopId, RosterFilter filter) {
            StringBuilder where = new StringBuilder("r.workshopId = :workshop");
            Map<String, Object> parameters = new HashMap<>(Map.of("workshop", workshopId));
            if (filter.status != null) {
                where.append(" and r.status = :status");
                parameters.put("status", filter.status);
            }
            if (filter.mode != null) {
                where.append(" and r.mode = :mode");
                parameters.put("mode", filter.mode);
            }
            if (filter.q != null && !filter.q.isBlank()) {
                where.append(" and (lower(r.name) like :q escape '!' or lower(r.email) like :q escape '!'"
                        + " or lower(r.affiliation) like :q escape '!')");
                parameters.put("q", "%" + likeLiteral(filter.q.strip().toLowerCase(Locale.ROOT)) + "%");
            }
            return new Selection(where.toString(), parameters);
        }

        String from() {
            return "from Registration r where " + where;
        }

        String order(RosterFilter filter) {
            return Registration.WAITLISTED.equals(filter.status) ? " order by r.mode, r.waitlistNumber"
                    : " order by r.createdAt, r.id";
        }

        <Q extends Mutiny.SelectionQuery<?>> Q apply(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** Searches for the text itself: {@code %} and {@code _} typed by the organizer match only themselves. */
        private static String likeLiteral(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
