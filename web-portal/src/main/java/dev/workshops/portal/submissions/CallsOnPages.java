package dev.workshops.portal.submissions;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

/**
 * The call for papers as a workshop's other pages show it ({@code templates/submissions/call-summary.html}, read as
 * {@code inject:calls}): the page itself does not depend on submissions-service, so a call that cannot be read just
 * leaves the summary out.
 */
@Named("calls")
@RequestScoped
public class CallsOnPages {

    private static final Logger LOG = Logger.getLogger(CallsOnPages.class);

    private final ServiceCalls services;
    private final SecurityIdentity identity;

    public CallsOnPages(ServiceCalls services, SecurityIdentity identity) {
        this.services = services;
        this.identity = identity;
    }

    /** The workshop's call, or null when it has none or submissions-service cannot say. */
    public Call of(String workshopId) {
        try {
            return services.find(Service.SUBMISSIONS, "/api/workshops/" + enc(workshopId) + "/call", Call.class).orElse(null);
        } catch (ServiceProblem problem) {
            LOG.debugf("no call shown for %s: %s", workshopId, problem.sentence());
            return null;
        }
    }

    /** Program chairs (realm role organizer) see the way to the call's form; the service decides what they may do. */
    public boolean chair() {
        return identity.hasRole("organizer");
    }
}
