package dev.workshops.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The framework's and the validation library's messages name our classes: an answer never passes them on. */
class ProblemDetailsNameNoClassTest {

    private static final String INTERNAL = "HV000028: Unexpected exception during isValid call on dev.workshops.registration.RegisterRequest";
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, arguments) -> method.getName().equals("getPath") ? "/api/workshops/w1/registrations" : null);

    @Test
    void aValidationFailureWithoutViolationsIsA400InOurOwnWords() {
        Problem problem = problemOf(new ProblemMappers().invalid(new ValidationException(INTERNAL), URI));

        assertEquals(400, problem.status());
        assertEquals("A value in the request could not be validated.", problem.detail());
    }

    @Test
    void aFrameworkRefusalOfAnotherStatusSaysItsReasonNotItsMessage() {
        Problem problem = problemOf(new ProblemMappers().web(new WebApplicationException(INTERNAL, 409), URI));

        assertEquals(409, problem.status());
        assertEquals("Conflict.", problem.detail());
        assertFalse(problem.toString().contains("dev.workshops"));
    }

    private static Problem problemOf(Response answer) {
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        return (Problem) answer.getEntity();
    }
}
