package dev.workshops.schedule.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of PUT /api/workshops/{id}/site: the public site's content, replaced as a whole. The overview is Markdown;
 * bios are plain text. Links and images must be http(s) ({@link SiteRules}).
 */
public record SiteRequest(
        @Size(max = 20000) String overview,
        @Size(max = 200) List<@Valid @NotNull Person> people,
        @Size(max = 100) List<@Valid @NotNull Sponsor> sponsors) {

    public enum Role { KEYNOTE, PANELIST, INVITED_SPEAKER, ORGANIZER, VOLUNTEER }

    public enum Tier { PLATINUM, GOLD, SILVER, SUPPORTER }

    public record Person(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String affiliation,
            @NotNull Role role,
            @Size(max = 3000) String bio,
            @Size(max = 1000) String photoUrl,
            @Size(max = 1000) String homepage) {
    }

    public record Sponsor(
            @NotBlank @Size(max = 200) String name,
            @NotNull Tier tier,
            @Size(max = 1000) String url,
            @Size(max = 1000) String logoUrl) {
    }

    public String overviewOrEmpty() {
        return overview == null ? "" : overview;
    }

    public List<Person> peopleOrEmpty() {
        return people == null ? List.of() : people;
    }

    public List<Sponsor> sponsorsOrEmpty() {
        return sponsors == null ? List.of() : sponsors;
    }
}
