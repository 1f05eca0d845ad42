package dev.workshops.portal.console.workshop;

import java.util.List;

/**
 * A workshop's site content as its organizer edits it: the overview's Markdown as typed ({@code overviewHtml} is
 * for the public page), the people and the sponsors. {@code version} 0: nothing was put yet.
 */
public record SiteContent(String overview, List<Person> people, List<Sponsor> sponsors, long version) {

    public SiteContent {
        overview = overview == null ? "" : overview;
        people = people == null ? List.of() : people;
        sponsors = sponsors == null ? List.of() : sponsors;
    }

    public record Person(String name, String affiliation, String role, String bio, String photoUrl, String homepage) {
    }

    public record Sponsor(String name, String tier, String url, String logoUrl) {
    }
}
