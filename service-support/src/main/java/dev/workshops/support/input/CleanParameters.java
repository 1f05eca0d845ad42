package dev.workshops.support.input;

import dev.workshops.support.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Path and query parameters obey {@link TextRules} before any resource sees them: 400 naming the parameter. */
public class CleanParameters {

    @ServerRequestFilter(preMatching = false)
    public void refuseUnkeepableText(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = TextRules.problemWith(value);
                if (problem != null) {
                    throw ProblemException.invalid(parameter.getKey(), problem);
                }
            }
        }
    }
}
