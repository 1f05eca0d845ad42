package dev.workshops.schedule.star;

import dev.workshops.support.calendar.CalendarWriter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** The whole released schedule as iCalendar. */
@Path("/api/workshops/{id}/schedule.ics")
@PermitAll
public class CalendarResource {

    private final AgendaService agendas;

    public CalendarResource(AgendaService agendas) {
        this.agendas = agendas;
    }

    @GET
    @Produces(CalendarWriter.MEDIA_TYPE)
    public Uni<String> schedule(@PathParam("id") String workshopId) {
        return agendas.scheduleCalendar(workshopId);
    }

    /** A person's starred sessions and mentoring bookings; the token in the URL is the only key. */
    @Path("/api/calendar/{feedToken}.ics")
    @PermitAll
    public static class Personal {

        private final AgendaService agendas;

        public Personal(AgendaService agendas) {
            this.agendas = agendas;
        }

        @GET
        @Produces(CalendarWriter.MEDIA_TYPE)
        public Uni<String> feed(@PathParam("feedToken") String feedToken) {
            return agendas.personalCalendar(feedToken);
        }
    }
}
