package dev.workshops.schedule.site;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A workshop's overview, Markdown to HTML that is safe to put in a page as it is. Two layers: CommonMark escapes
 * raw HTML (it shows as text) and drops links of unsafe schemes; then jsoup keeps only a small safelist of tags,
 * with links and images restricted to http(s). Headings start at {@code h3}, so they nest under a page's section.
 */
public final class OverviewMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h3", "h4", "h5", "h6", "a", "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final int FIRST_HEADING = 3;

    private OverviewMarkdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Document rendered = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        for (int level = 6; level >= 1; level--) {
            int nested = Math.min(6, level + FIRST_HEADING - 1);
            rendered.body().select("h" + level).forEach(heading -> heading.tagName("h" + nested));
        }
        Document clean = new Cleaner(SAFELIST).clean(rendered);
        // What the safelist stripped of its address no longer goes anywhere: keep a link's words, drop the image.
        clean.body().select("a:not([href])").forEach(Element::unwrap);
        clean.body().select("img:not([src])").remove();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
