package dev.workshops.portal.submissions;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.web.Forms;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The call for papers as a workshop's other pages show it ({@code templates/submissions/call-summary.html}, read as
 * {@code inject:calls}): the page itself does not depend on submissions-service, so a call that cannot be read just
 * leaves the summary out. The home shows it through the same fragment.
 */
@Named("calls")
@RequestScoped
public class CallsOnPages {

    private static final Logger LOG = Logger.getLogger(CallsOnPages.class);

    private final ServiceCalls services;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final Map<String, Optional<Call>> read = new HashMap<>();
    // The home asks twice (its links, its sections): once per request, as for the call.
    private final Map<String, List<CommitteeMember>> committees = new HashMap<>();
    private final Map<String, List<AcceptedPapers.Group>> papers = new HashMap<>();

    public CallsOnPages(ServiceCalls services, SecurityIdentity identity, Clock clock) {
        this.services = services;
        this.identity = identity;
        this.clock = clock;
    }

    /** The workshop's call, or null when it has none; a service that cannot answer is a problem for the page. */
    public Call find(String workshopId) {
        // A page and its call summary ask for the same call: once per request.
        return read.computeIfAbsent(workshopId, id -> services.find(Service.SUBMISSIONS, path(id), Call.class)).orElse(null);
    }

    /** The workshop's call, or null when it has none or submissions-service cannot say. */
    public Call of(String workshopId) {
        try {
            return find(workshopId);
        } catch (ServiceProblem problem) {
            LOG.debugf("no call shown for %s: %s", workshopId, problem.sentence());
            return null;
        }
    }

    /**
     * The committee members who agreed to be listed, as anyone sees them; none without a call (a committee belongs to
     * one, and a service that could not give the call is not asked again) or when submissions-service cannot say.
     */
    public List<CommitteeMember> committee(String workshopId) {
        return committees.computeIfAbsent(workshopId, id -> {
            if (of(id) == null) {
                return List.of();
            }
            try {
                CommitteeMember[] listed = services.getAsVisitor(Service.SUBMISSIONS, "/api/workshops/" + enc(id) + "/committee",
                        CommitteeMember[].class);
                return listed == null ? List.of() : List.of(listed);
            } catch (ServiceProblem problem) {
                LOG.debugf("no committee shown for %s: %s", id, problem.sentence());
                return List.of();
            }
        });
    }

    /** The accepted papers once their decisions are released, talks then posters; none without a call, or unreadable. */
    public List<AcceptedPapers.Group> papers(String workshopId) {
        return papers.computeIfAbsent(workshopId, id -> {
            if (of(id) == null) {
                return List.of();
            }
            try {
                AcceptedPapers accepted = services.getAsVisitor(Service.SUBMISSIONS, AcceptedPapers.path(id), AcceptedPapers.class);
                return accepted == null ? List.of() : accepted.groups();
            } catch (ServiceProblem problem) {
                LOG.debugf("no accepted papers shown for %s: %s", id, problem.sentence());
                return List.of();
            }
        });
    }

    /** How long the call stays open, in words ("6 days, 3 hours"); empty once it has closed. */
    public String closesIn(Call call) {
        return call == null || call.deadlineAt() == null ? "" : Deadlines.left(Duration.between(clock.instant(), call.deadlineAt()));
    }

    static String path(String workshopId) {
        return "/api/workshops/" + enc(workshopId) + "/call";
    }

    static Response refused(ServiceProblem problem, TemplateInstance form) {
        return Forms.refused(problem, form);
    }

    /** Program chairs (realm role organizer) see the way to the call's form; the service decides what they may do. */
    public boolean chair() {
        return identity.hasRole("organizer");
    }
}
