package dev.workshops.schedule.site;

import java.time.Instant;
import java.util.List;

/**
 * A workshop's site as GET and PUT answer it: the Markdown as typed and {@code overviewHtml}, its sanitised
 * rendering. A workshop without content yet answers an empty site with version 0.
 */
public record SiteView(String workshopId, String overview, String overviewHtml, List<SiteRequest.Person> people,
        List<SiteRequest.Sponsor> sponsors, long version, Instant updatedAt) {

    static SiteView empty(String workshopId) {
        return new SiteView(workshopId, "", "", List.of(), List.of(), 0, null);
    }
}
