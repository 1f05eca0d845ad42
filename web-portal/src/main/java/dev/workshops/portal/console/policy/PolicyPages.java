package dev.workshops.portal.console.policy;

import static dev.workshops.portal.services.ServiceCalls.enc;
import static dev.workshops.portal.web.Forms.orEmpty;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A workshop's registration policy (registration-service): capacities, the registration window, the offer's time
 * to answer and the waitlist's stream access. registration-service learns of a new workshop through Kafka, so for a
 * moment after creating one it answers that it does not know it: the form comes back as typed with that sentence.
 */
@Path("/console/workshops/{id}/policy")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class PolicyPages extends PortalPages {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance policy(Workshop workshop, Policy policy, PolicyForm form, String problem);
    }

    private final Portal portal;

    public PolicyPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance policy(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        Policy policy = policyOf(id);
        return Templates.policy(workshop, policy, policy == null ? PolicyForm.first() : PolicyForm.of(policy, workshop.zone()), null);
    }

    @POST
    public Response save(@PathParam("id") String id, @FormParam("inPersonCapacity") String inPersonCapacity,
            @FormParam("virtualCapacity") String virtualCapacity, @FormParam("opensAt") String opensAt,
            @FormParam("closesAt") String closesAt, @FormParam("offerTtlHours") String offerTtlHours,
            @FormParam("waitlistStreamAccess") String waitlistStreamAccess, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        Workshop workshop = services.workshop(id);
        PolicyForm form = new PolicyForm(orEmpty(inPersonCapacity), orEmpty(virtualCapacity), orEmpty(opensAt), orEmpty(closesAt),
                orEmpty(offerTtlHours), waitlistStreamAccess != null);
        try {
            services.put(Service.REGISTRATION, path(id), form.body(workshop.zone()), Policy.class);
            portal.tell("The registration policy is saved.");
            return Response.seeOther(URI.create("/console/workshops/" + enc(id) + "/policy")).build();
        } catch (ServiceProblem problem) {
            return Forms.refused(problem, Templates.policy(workshop, policyOrNone(id), form, problem.sentence()));
        }
    }

    private Policy policyOf(String id) {
        return services.find(Service.REGISTRATION, path(id), Policy.class).orElse(null);
    }

    /** The policy as it is beside a refused form; a registration-service that cannot answer shows none. */
    private Policy policyOrNone(String id) {
        try {
            return policyOf(id);
        } catch (ServiceProblem unavailable) {
            return null;
        }
    }

    private static String path(String id) {
        return "/api/workshops/" + enc(id) + "/registration-policy";
    }
}
