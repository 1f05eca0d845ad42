package dev.workshops.portal.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static Site.Person person(String name, String role) {
        return new Site.Person(name, "Somewhere", role, null, null, null);
    }

    @Test
    void speakersAreGroupedKeynotesFirstAndEmptyGroupsLeftOut() {
        Site site = new Site("", List.of(person("Pat", "PANELIST"), person("Kim", "KEYNOTE"), person("Olu", "ORGANIZER"),
                person("Kai", "KEYNOTE")), List.of());
        List<Site.Group<Site.Person>> groups = site.speakers();
        assertEquals(List.of("keynote", "panelist"), groups.stream().map(Site.Group::id).toList());
        assertEquals(List.of("Kim", "Kai"), groups.getFirst().members().stream().map(Site.Person::name).toList());
        List<Site.Group<Site.Person>> crew = site.crew();
        assertEquals(List.of("organizers"), crew.stream().map(Site.Group::id).toList(), "no volunteers, no group");
        assertEquals(List.of("Olu"), crew.getFirst().members().stream().map(Site.Person::name).toList());
    }

    @Test
    void sponsorsComeByTierFromPlatinumToSupporters() {
        Site site = new Site("", List.of(), List.of(new Site.Sponsor("Small", "SUPPORTER", null, null),
                new Site.Sponsor("Big", "PLATINUM", null, null), new Site.Sponsor("Mid", "GOLD", null, null)));
        assertEquals(List.of("Platinum", "Gold", "Supporters"), site.sponsorTiers().stream().map(Site.Group::title).toList());
        assertEquals(List.of("tier-platinum", "tier-gold", "tier-supporter"), site.sponsorTiers().stream().map(Site.Group::id).toList());
    }

    @Test
    void onlyWebAddressesBecomeLinksOrImages() {
        Site.Person person = new Site.Person("Eve", "X", "KEYNOTE", null, "javascript:alert(1)", " https://example.org/eve ");
        assertNull(person.photo());
        assertEquals("https://example.org/eve", person.link());
        assertNull(new Site.Sponsor("S", "GOLD", "data:text/html,x", "HTTP://example.org/s.png").link());
        assertEquals("HTTP://example.org/s.png", new Site.Sponsor("S", "GOLD", null, "HTTP://example.org/s.png").logo());
    }
}
