package dev.workshops.portal.workshops;

import dev.workshops.portal.web.WebLinks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A workshop's public site as schedule-service answers it: {@code overviewHtml} is already sanitised there (a
 * safelist of tags, http(s) links and images only), so a page puts it in as it is; the CSP forbids inline script
 * besides.
 */
public record Site(String overviewHtml, List<Person> people, List<Sponsor> sponsors) {

    /** A role or tier as the service names it, and the heading a page gives it, in the order a page lists them. */
    private record Heading(String key, String title) {

        String anchor() {
            return key.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final List<Heading> SPEAKER_GROUPS = List.of(new Heading("KEYNOTE", "Keynote speakers"),
            new Heading("INVITED_SPEAKER", "Invited speakers"), new Heading("PANELIST", "Panelists"));
    private static final List<Heading> TIERS = List.of(new Heading("PLATINUM", "Platinum"), new Heading("GOLD", "Gold"),
            new Heading("SILVER", "Silver"), new Heading("SUPPORTER", "Supporters"));

    public record Person(String name, String affiliation, String role, String bio, String photoUrl, String homepage) {

        public String photo() {
            return WebLinks.webOrNull(photoUrl);
        }

        public String link() {
            return WebLinks.webOrNull(homepage);
        }
    }

    public record Sponsor(String name, String tier, String url, String logoUrl) {

        public String logo() {
            return WebLinks.webOrNull(logoUrl);
        }

        public String link() {
            return WebLinks.webOrNull(url);
        }
    }

    /** A heading and the people (or sponsors) under it; {@code id} is the section's anchor. */
    public record Group<T>(String id, String title, List<T> members) {
    }

    static Site none() {
        return new Site("", List.of(), List.of());
    }

    public List<Group<Person>> speakers() {
        return SPEAKER_GROUPS.stream()
                .map(group -> new Group<>(group.anchor(), group.title(), withRole(group.key())))
                .filter(group -> !group.members().isEmpty()).toList();
    }

    public List<Person> organizers() {
        return withRole("ORGANIZER");
    }

    public List<Person> volunteers() {
        return withRole("VOLUNTEER");
    }

    public List<Group<Sponsor>> sponsorTiers() {
        List<Sponsor> all = sponsors == null ? List.of() : sponsors;
        return TIERS.stream()
                .map(tier -> new Group<>("tier-" + tier.anchor(), tier.title(),
                        all.stream().filter(s -> tier.key().equals(s.tier())).toList()))
                .filter(group -> !group.members().isEmpty()).toList();
    }

    public boolean hasOverview() {
        return overviewHtml != null && !overviewHtml.isBlank();
    }

    private List<Person> withRole(String role) {
        return people == null ? List.of() : people.stream().filter(Objects::nonNull).filter(p -> role.equals(p.role())).toList();
    }
}
