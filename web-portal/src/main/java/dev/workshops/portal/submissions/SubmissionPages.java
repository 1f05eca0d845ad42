package dev.workshops.portal.submissions;

import static dev.workshops.portal.services.ServiceCalls.enc;

import dev.workshops.portal.services.Service;
import dev.workshops.portal.services.ServiceCalls;
import dev.workshops.portal.services.ServiceProblem;
import dev.workshops.portal.services.Workshop;
import dev.workshops.portal.web.Forms;
import dev.workshops.portal.web.Portal;
import dev.workshops.portal.web.PortalPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An author's papers for one workshop: my submissions, a new one, editing it, uploading and replacing its PDF (what
 * the service counted shows on the page), and withdrawing it after a confirmation. Who may do what, and until when,
 * is the service's to say; its sentence is shown, and a refused form comes back as typed.
 */
@Path("/workshops/{id}/submissions")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SubmissionPages extends PortalPages {

    static final String PDF = "application/pdf";

    @CheckedTemplate(basePath = "submissions")
    static class Templates {
        static native TemplateInstance mine(Workshop workshop, Call call, List<Submission> submissions);

        static native TemplateInstance form(Workshop workshop, Call call, Submission submission, SubmissionForm form, String action,
                String problem);

        static native TemplateInstance submission(Workshop workshop, Call call, Submission submission);

        static native TemplateInstance withdraw(Workshop workshop, Submission submission);
    }

    private final Portal portal;
    private final CallsOnPages calls;
    private final SecurityIdentity identity;

    public SubmissionPages(ServiceCalls services, Forms forms, Portal portal, CallsOnPages calls, SecurityIdentity identity) {
        super(services, forms);
        this.portal = portal;
        this.calls = calls;
        this.identity = identity;
    }

    @GET
    public TemplateInstance mine(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        Submission.Page mine = services.get(Service.SUBMISSIONS, "/api/workshops/" + enc(id) + "/submissions/mine?size=100",
                Submission.Page.class);
        return Templates.mine(workshop, calls.find(id), mine.items());
    }

    @GET
    @Path("new")
    public TemplateInstance create(@PathParam("id") String id) {
        Workshop workshop = services.workshop(id);
        return Templates.form(workshop, calls.find(id), null, SubmissionForm.first(claim("name"), claim("email")), actionOf(id, null), null);
    }

    @POST
    public Response submit(@PathParam("id") String id, @FormParam("title") String title, @FormParam("abstract") String abstractText,
            @FormParam("track") String track, @FormParam("format") String format, @FormParam("keywords") String keywords,
            @FormParam("authorName") List<String> names, @FormParam("authorEmail") List<String> emails,
            @FormParam("authorAffiliation") List<String> affiliations, @FormParam("presenter") String presenter,
            @FormParam("csrf") String csrf) {
        forms.check(csrf);
        SubmissionForm form = SubmissionForm.typed(title, abstractText, track, format, keywords, names, emails, affiliations, presenter);
        try {
            Submission made = services.post(Service.SUBMISSIONS, "/api/workshops/" + enc(id) + "/submissions", form.body(), Submission.class);
            portal.tell("Your paper is saved as a draft. Upload its PDF to submit it.");
            return Response.seeOther(URI.create(pageOf(id, made.id()))).build();
        } catch (ServiceProblem problem) {
            return refused(id, null, form, problem);
        }
    }

    @GET
    @Path("{sid}")
    public TemplateInstance submission(@PathParam("id") String id, @PathParam("sid") UUID sid) {
        Workshop workshop = services.workshop(id);
        return Templates.submission(workshop, calls.find(id), submissionOf(services, id, sid));
    }

    @GET
    @Path("{sid}/edit")
    public TemplateInstance edit(@PathParam("id") String id, @PathParam("sid") UUID sid) {
        Workshop workshop = services.workshop(id);
        Submission submission = submissionOf(services, id, sid);
        return Templates.form(workshop, calls.find(id), submission, SubmissionForm.of(submission), actionOf(id, sid), null);
    }

    @POST
    @Path("{sid}")
    public Response update(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("title") String title,
            @FormParam("abstract") String abstractText, @FormParam("track") String track, @FormParam("format") String format,
            @FormParam("keywords") String keywords, @FormParam("authorName") List<String> names,
            @FormParam("authorEmail") List<String> emails, @FormParam("authorAffiliation") List<String> affiliations,
            @FormParam("presenter") String presenter, @FormParam("csrf") String csrf) {
        forms.check(csrf);
        SubmissionForm form = SubmissionForm.typed(title, abstractText, track, format, keywords, names, emails, affiliations, presenter);
        try {
            services.put(Service.SUBMISSIONS, "/api/submissions/" + sid, form.body(), Submission.class);
            portal.tell("Your changes are saved.");
            return Response.seeOther(URI.create(pageOf(id, sid))).build();
        } catch (ServiceProblem problem) {
            return refused(id, sid, form, problem);
        }
    }

    /**
     * The PDF from the browser's form (spooled to a temporary file as it arrived, within the upload route's body
     * limit) goes to the service as {@code application/pdf}, streamed from that file; the service checks it.
     */
    @POST
    @Path("{sid}/pdf")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @PathParam("sid") UUID sid, @RestForm("pdf") FileUpload pdf,
            @FormParam("csrf") String csrf) {
        return forms.answer(csrf, pageOf(id, sid), () -> {
            if (pdf == null || pdf.size() == 0) {
                throw new ServiceProblem(400, "Choose the paper's PDF file first.");
            }
            Submission.Pdf counted = services.putFile(Service.SUBMISSIONS, "/api/submissions/" + sid + "/pdf", pdf.uploadedFile(), PDF,
                    Submission.Pdf.class);
            return "Version " + counted.version() + " of the PDF is uploaded: " + counted.pagesWords()
                    + (counted.formatWarnings().isEmpty() ? "." : ". Note: " + String.join(" ", counted.formatWarnings()));
        });
    }

    /** The PDF that counts, passed on as it arrives. */
    @GET
    @Path("{sid}/pdf")
    @Produces(PDF)
    public Response download(@PathParam("sid") UUID sid) {
        HttpResponse<InputStream> pdf = services.stream(Service.SUBMISSIONS, "/api/submissions/" + sid + "/pdf", PDF);
        Response.ResponseBuilder answer = Response.ok(pdf.body(), PDF).header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "attachment; filename=\"paper-" + sid + ".pdf\"");
        pdf.headers().firstValue("Content-Length").ifPresent(length -> answer.header("Content-Length", length));
        return answer.build();
    }

    /** Asks before withdrawing: a withdrawn paper is out of review. */
    @GET
    @Path("{sid}/withdraw")
    public TemplateInstance confirmWithdraw(@PathParam("id") String id, @PathParam("sid") UUID sid) {
        return Templates.withdraw(services.workshop(id), submissionOf(services, id, sid));
    }

    @POST
    @Path("{sid}/withdraw")
    public Response withdraw(@PathParam("id") String id, @PathParam("sid") UUID sid, @FormParam("csrf") String csrf) {
        return forms.act(csrf, pageOf(id, sid), "Your paper is withdrawn.",
                () -> services.delete(Service.SUBMISSIONS, "/api/submissions/" + sid, Submission.class));
    }

    private Response refused(String id, UUID sid, SubmissionForm form, ServiceProblem problem) {
        Workshop workshop = services.workshop(id);
        Submission submission = sid == null ? null : submissionOf(services, id, sid);
        return CallsOnPages.refused(problem,
                Templates.form(workshop, calls.find(id), submission, form.withSpareRows(), actionOf(id, sid), problem.sentence()));
    }

    /** The submission, when it belongs to the workshop whose pages ask for it (else not found, as the service says). */
    static Submission submissionOf(ServiceCalls services, String workshopId, UUID sid) {
        Submission submission = services.get(Service.SUBMISSIONS, "/api/submissions/" + sid, Submission.class);
        if (!submission.workshopId().equals(workshopId)) {
            throw new ServiceProblem(404, "This workshop has no such submission.");
        }
        return submission;
    }

    private String claim(String name) {
        Object value = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(name) : null;
        return value == null ? "" : value.toString();
    }

    /** Where the form posts: a new paper to the workshop's list, an edit to the paper's page. */
    private static String actionOf(String id, UUID sid) {
        return sid == null ? "/workshops/" + enc(id) + "/submissions" : pageOf(id, sid);
    }

    static String pageOf(String id, UUID sid) {
        return "/workshops/" + enc(id) + "/submissions/" + sid;
    }
}
