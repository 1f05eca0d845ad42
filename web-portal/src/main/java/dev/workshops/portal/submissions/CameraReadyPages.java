package dev.workshops.portal.submissions;

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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An accepted paper's camera-ready: the final title, abstract and authors, the presenter (one of them) and whether
 * they present in person or online, the licence, archival or not, and the final PDF. The service says who may and
 * until when; a refused form comes back as typed with its sentence.
 */
@Path("/workshops/{id}/submissions/{sid}/camera-ready")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CameraReadyPages extends PortalPages {

    @CheckedTemplate(basePath = "submissions")
    static class Templates {
        static native TemplateInstance cameraReady(Workshop workshop, Submission submission, CameraReady sent,
                CameraReadyForm form, String problem);
    }

    private final Portal portal;

    public CameraReadyPages(ServiceCalls services, Forms forms, Portal portal) {
        super(services, forms);
        this.portal = portal;
    }

    @GET
    public TemplateInstance form(@PathParam("id") String id, @PathParam("sid") UUID sid) {
        Workshop workshop = services.workshop(id);
        Submission submission = SubmissionPages.submissionOf(services, id, sid);
        CameraReady sent = sent(sid);
        return Templates.cameraReady(workshop, submission, sent, CameraReadyForm.of(submission, sent), null);
    }

    @POST
    public Response send(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("title") String title,
            @FormParam("abstract") String abstractText, @FormParam("authorName") List<String> names,
            @FormParam("authorEmail") List<String> emails, @FormParam("authorAffiliation") List<String> affiliations,
            @FormParam("presenter") String presenter, @FormParam("attendance") String attendance,
            @FormParam("license") String license, @FormParam("archival") String archival, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        CameraReadyForm form = CameraReadyForm.typed(title, abstractText, names, emails, affiliations, presenter, attendance,
                license, archival);
        try {
            services.put(Service.SUBMISSIONS, "/api/submissions/" + sid + "/camera-ready", form.body(), CameraReady.class);
            portal.tell("Your camera-ready is saved. You can correct it until its deadline.");
            return Response.seeOther(URI.create(pageOf(id, sid))).build();
        } catch (ServiceProblem problem) {
            Workshop workshop = services.workshop(id);
            return CallsOnPages.refused(problem, Templates.cameraReady(workshop, SubmissionPages.submissionOf(services, id, sid),
                    sent(sid), form.withSpareRows(), problem.sentence()));
        }
    }

    /** The final PDF, checked by the service as a submission's is. */
    @POST
    @Path("pdf")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @PathParam("sid") UUID sid, @RestForm("pdf") FileUpload pdf,
            @FormParam("csrf") String csrf) {
        return forms.answer(csrf, pageOf(id, sid), () -> {
            if (pdf == null || pdf.size() == 0) {
                throw new ServiceProblem(400, "Choose the final PDF file first.");
            }
            Submission.Pdf counted = services.putFile(Service.SUBMISSIONS, "/api/submissions/" + sid + "/camera-ready/pdf",
                    pdf.uploadedFile(), SubmissionPages.PDF, Submission.Pdf.class);
            return "Version " + counted.version() + " of the final PDF is uploaded: " + counted.pagesWords() + ".";
        });
    }

    private CameraReady sent(UUID sid) {
        return services.find(Service.SUBMISSIONS, "/api/submissions/" + sid + "/camera-ready", CameraReady.class).orElse(null);
    }

    private static String pageOf(String id, UUID sid) {
        return SubmissionPages.pageOf(id, sid) + "/camera-ready";
    }
}
