package dev.workshops.portal.console.workshop;

import dev.workshops.portal.web.Choice;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The site content's form as typed: the overview (Markdown), people and sponsors as rows. Blank rows are not sent;
 * the service judges the rest (roles, tiers, http(s) addresses) and the form comes back as typed when it refuses.
 */
@TemplateData
public record SiteForm(String overview, List<PersonRow> people, List<SponsorRow> sponsors) {

    static final int SPARE_ROWS = 2;

    public static final List<Choice> ROLES = List.of(new Choice("KEYNOTE", "Keynote speaker"),
            new Choice("INVITED_SPEAKER", "Invited speaker"), new Choice("PANELIST", "Panelist"),
            new Choice("ORGANIZER", "Organizer"), new Choice("VOLUNTEER", "Volunteer"));
    public static final List<Choice> TIERS = List.of(new Choice("PLATINUM", "Platinum"), new Choice("GOLD", "Gold"),
            new Choice("SILVER", "Silver"), new Choice("SUPPORTER", "Supporter"));

    @TemplateData
    public record PersonRow(String name, String affiliation, String role, String bio, String photoUrl, String homepage) {

        boolean blank() {
            return isBlank(name) && isBlank(affiliation) && isBlank(bio) && isBlank(photoUrl) && isBlank(homepage);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", strip(name));
            body.put("affiliation", strip(affiliation));
            body.put("role", strip(role));
            putIfTyped(body, "bio", bio);
            putIfTyped(body, "photoUrl", photoUrl);
            putIfTyped(body, "homepage", homepage);
            return body;
        }
    }

    @TemplateData
    public record SponsorRow(String name, String tier, String url, String logoUrl) {

        boolean blank() {
            return isBlank(name) && isBlank(url) && isBlank(logoUrl);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", strip(name));
            body.put("tier", strip(tier));
            putIfTyped(body, "url", url);
            putIfTyped(body, "logoUrl", logoUrl);
            return body;
        }
    }

    /** The content as it is, with spare rows to add to. */
    static SiteForm of(SiteContent site) {
        return new SiteForm(site.overview(),
                site.people().stream().map(p -> new PersonRow(p.name(), p.affiliation(), p.role(), p.bio(), p.photoUrl(), p.homepage())).toList(),
                site.sponsors().stream().map(s -> new SponsorRow(s.name(), s.tier(), s.url(), s.logoUrl())).toList())
                .withSpareRows();
    }

    /** The form's fields as sent: one list per column, row by row (a column the browser left out reads as blank). */
    static SiteForm typed(String overview, List<String> names, List<String> affiliations, List<String> roles, List<String> bios,
            List<String> photos, List<String> homepages, List<String> sponsorNames, List<String> tiers, List<String> urls,
            List<String> logos) {
        List<PersonRow> people = rows(names.size(), i -> new PersonRow(at(names, i), at(affiliations, i), at(roles, i),
                at(bios, i), at(photos, i), at(homepages, i)));
        List<SponsorRow> sponsors = rows(sponsorNames.size(), i -> new SponsorRow(at(sponsorNames, i), at(tiers, i),
                at(urls, i), at(logos, i)));
        return new SiteForm(overview == null ? "" : overview, people, sponsors);
    }

    /** The filled rows and {@link #SPARE_ROWS} empty ones of each list. */
    SiteForm withSpareRows() {
        List<PersonRow> people = new ArrayList<>(this.people.stream().filter(p -> !p.blank()).toList());
        List<SponsorRow> sponsors = new ArrayList<>(this.sponsors.stream().filter(s -> !s.blank()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            people.add(new PersonRow("", "", "KEYNOTE", "", "", ""));
            sponsors.add(new SponsorRow("", "GOLD", "", ""));
        }
        return new SiteForm(overview, people, sponsors);
    }

    /** The body of PUT {@code /api/workshops/{id}/site}: the whole content, replaced. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("overview", overview == null ? "" : overview);
        body.put("people", people.stream().filter(p -> !p.blank()).map(PersonRow::body).toList());
        body.put("sponsors", sponsors.stream().filter(s -> !s.blank()).map(SponsorRow::body).toList());
        return body;
    }

    private static <T> List<T> rows(int count, IntFunction<T> row) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    private static String at(List<String> column, int i) {
        return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
    }

    private static void putIfTyped(Map<String, Object> body, String key, String value) {
        if (!isBlank(value)) {
            body.put(key, value.strip());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
