package dev.workshops.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workshops.portal.checkin.CheckInPages;
import dev.workshops.portal.console.announcements.AnnouncementPages;
import dev.workshops.portal.console.mentoring.MentorPages;
import dev.workshops.portal.console.policy.PolicyPages;
import dev.workshops.portal.console.schedule.DraftPages;
import dev.workshops.portal.console.schedule.ReleasePages;
import dev.workshops.portal.console.streams.StreamConsolePages;
import dev.workshops.portal.console.workshop.WorkshopConsolePages;
import dev.workshops.portal.mentoring.MentoringPages;
import dev.workshops.portal.notifications.NotificationPages;
import dev.workshops.portal.registration.RegistrationPages;
import dev.workshops.portal.streams.StreamPages;
import dev.workshops.portal.submissions.CallPages;
import dev.workshops.portal.submissions.CameraReadyPages;
import dev.workshops.portal.submissions.SubmissionPages;
import dev.workshops.portal.workshops.ProgramPages;
import dev.workshops.portal.workshops.WorkshopPages;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every form action takes the form token: a new action without it fails here, not in production. */
class FormsAreGuardedTest {

    private static final List<Class<?>> PAGES = List.of(WorkshopPages.class, RegistrationPages.class, MentoringPages.class,
            StreamPages.class, NotificationPages.class, CheckInPages.class, CallPages.class, SubmissionPages.class,
            CameraReadyPages.class, ProgramPages.class, WorkshopConsolePages.class, DraftPages.class, ReleasePages.class,
            PolicyPages.class, AnnouncementPages.class, MentorPages.class, StreamConsolePages.class);

    @Test
    void everyPostActionReadsTheCsrfField() {
        List<String> unguarded = new ArrayList<>();
        int actions = 0;
        for (Class<?> page : PAGES) {
            for (Method method : page.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    actions++;
                    boolean guarded = Arrays.stream(method.getParameters()).map(Parameter::getAnnotations).flatMap(Arrays::stream)
                            .anyMatch(a -> a instanceof FormParam form && form.value().equals("csrf"));
                    if (!guarded) {
                        unguarded.add(page.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(actions >= 38, "found " + actions + " actions");
        assertEquals(List.of(), unguarded);
    }

    @Test
    void originsCompareWithoutDefaultPorts() {
        assertEquals("http://localhost:8080", FormGuard.originOf(URI.create("http://localhost:8080/workshops/x")));
        assertEquals("https://portal.example.org", FormGuard.originOf(URI.create("https://portal.example.org:443/")));
        assertFalse(FormGuard.originOf(URI.create("http://evil.example:8080/")).equals(FormGuard.originOf(URI.create("http://localhost:8080/"))));
    }
}
