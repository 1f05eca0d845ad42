package dev.workshops.schedule.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverviewMarkdownTest {

    @Test
    void rendersTheMarkdownAWorkshopSiteUses() {
        String html = OverviewMarkdown.toSafeHtml("""
                # Scope

                We welcome **original work** on [multimodal models](https://example.org/mm).

                - benchmarks
                - evaluation

                ![Venue](https://example.org/hall.jpg "Hall A")
                """);
        assertTrue(html.contains("<h3>Scope</h3>"), html);
        assertTrue(html.contains("<strong>original work</strong>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/mm\" rel=\"nofollow noopener noreferrer\">multimodal models</a>"), html);
        assertTrue(html.contains("<li>benchmarks</li>"), html);
        assertTrue(html.contains("<img src=\"https://example.org/hall.jpg\" alt=\"Venue\" title=\"Hall A\">"), html);
    }

    @Test
    void rawHtmlShowsAsTextAndNeverAsAnElement() {
        String html = OverviewMarkdown.toSafeHtml("""
                Hello <script>alert('x')</script> and <img src=x onerror="alert(1)">

                <div onclick="steal()">block</div>

                <iframe src="https://evil.example/"></iframe>
                """);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
    }

    @Test
    void linksAndImagesOfOtherSchemesLoseTheirAddress() {
        String html = OverviewMarkdown.toSafeHtml("""
                [click](javascript:alert(1)) [encoded](JaVaScRiPt&#58;alert(1)) [vb](vbscript:msgbox) [rel](/relative)
                [mail](mailto:chairs@example.org)

                ![pixel](data:image/png;base64,iVBORw0KGgo=) ![file](file:///etc/passwd)

                <javascript:alert(2)>
                """);
        assertFalse(html.toLowerCase().matches("(?s).*=\"[^\"]*javascript.*"), "no attribute holds a script: " + html);
        assertTrue(html.contains("<p>javascript:alert(2)</p>"), "an autolink of another scheme is only text: " + html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("vbscript"), html);
        assertFalse(html.contains("file:"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("href"), html);
        assertTrue(html.contains("click") && html.contains("encoded") && html.contains("mail"), "the words stay: " + html);
    }

    @Test
    void headingsNestUnderAPageSection() {
        String html = OverviewMarkdown.toSafeHtml("# One\n\n## Two\n\n###### Six");
        assertTrue(html.contains("<h3>One</h3>") && html.contains("<h4>Two</h4>") && html.contains("<h6>Six</h6>"), html);
    }

    @Test
    void nothingRendersAsNothing() {
        assertEquals("", OverviewMarkdown.toSafeHtml(null));
        assertEquals("", OverviewMarkdown.toSafeHtml("  \n"));
    }
}
