package dev.workshops.registration.roster;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The organizer list's filters: {@code ?status=&mode=&q=}; use as a {@code @BeanParam @Valid} parameter. */
public class RosterFilter {

    @QueryParam("status")
    @Pattern(regexp = "CONFIRMED|WAITLISTED|OFFERED|CANCELLED", message = "must be CONFIRMED, WAITLISTED, OFFERED or CANCELLED")
    public String status;

    @QueryParam("mode")
    @Pattern(regexp = "IN_PERSON|VIRTUAL", message = "must be IN_PERSON or VIRTUAL")
    public String mode;

    /** Part of a name, email address or affiliation, any case. */
    @QueryParam("q")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;
}
