package dev.workshops.portal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ServiceCallsTest {

    private final ServiceCalls calls = new ServiceCalls(null, new ObjectMapper(), null);

    @Test
    void showsTheProblemsDetailSentence() {
        ServiceProblem problem = calls.problemOf(Service.REGISTRATION, 409,
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Already checked in at 2026-12-01T10:00:00Z.\"}");
        assertEquals(409, problem.status());
        assertEquals("Already checked in at 2026-12-01T10:00:00Z.", problem.sentence());
    }

    @Test
    void fallsBackToTheTitleWhenThereIsNoDetail() {
        assertEquals("Not Found", calls.problemOf(Service.SCHEDULE, 404, "{\"title\":\"Not Found\",\"status\":404}").sentence());
    }

    @Test
    void neverShowsABodyThatIsNotAProblem() {
        assertEquals("The streaming service could not do this just now (HTTP 500).",
                calls.problemOf(Service.STREAMING, 500, "<html>java.lang.IllegalStateException at ...</html>").sentence());
        assertEquals("You are not allowed to do this.", calls.problemOf(Service.STREAMING, 403, "").sentence());
    }
}
