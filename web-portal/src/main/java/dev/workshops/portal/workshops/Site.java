package dev.workshops.portal.workshops;

import dev.workshops.portal.web.WebLinks;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A workshop's public site as schedule-service answers it: {@code overviewHtml} is already sanitised there (a
 * safelist of tags, http(s) links and images only), so a page puts it in as it is; the CSP forbids inline script
 * besides.
 */
public record Site(String overviewHtml, List<Person> people, List<Sponsor> sponsors) {

    /** A role or tier as the service names it, with the anchor and heading a page gives it. */
    private record Heading(String key, String anchor, String title) {
    }

    private static final List<Heading> SPEAKER_GROUPS = List.of(new Heading("KEYNOTE", "keynote", "Keynote speakers"),
            new Heading("INVITED_SPEAKER", "invited-speaker", "Invited speakers"), new Heading("PANELIST", "panelist", "Panelists"));
    private static final List<Heading> CREW = List.of(new Heading("ORGANIZER", "organizers", "Organizers"),
            new Heading("VOLUNTEER", "volunteers", "Volunteers"));
    private static final List<Heading> TIERS = List.of(new Heading("PLATINUM", "tier-platinum", "Platinum"),
            new Heading("GOLD", "tier-gold", "Gold"), new Heading("SILVER", "tier-silver", "Silver"),
            new Heading("SUPPORTER", "tier-supporter", "Supporters"));

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

    /** Keynote and invited speakers, then panelists; a group without people is left out. */
    public List<Group<Person>> speakers() {
        return grouped(SPEAKER_GROUPS, people, Person::role);
    }

    /** The people who run the workshop: organizers, then volunteers. */
    public List<Group<Person>> crew() {
        return grouped(CREW, people, Person::role);
    }

    public List<Group<Sponsor>> sponsorTiers() {
        return grouped(TIERS, sponsors, Sponsor::tier);
    }

    public boolean hasOverview() {
        return overviewHtml != null && !overviewHtml.isBlank();
    }

    private static <T> List<Group<T>> grouped(List<Heading> headings, List<T> items, Function<T, String> key) {
        List<T> all = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        return headings.stream()
                .map(heading -> new Group<>(heading.anchor(), heading.title(),
                        all.stream().filter(item -> heading.key().equals(key.apply(item))).toList()))
                .filter(group -> !group.members().isEmpty()).toList();
    }
}
