package jianbao.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Raw HTML in content is shown as text, and the result is cleaned with a
 * jsoup safelist, so nothing written in content can run script in a reader's browser.
 */
public final class MarkdownRenderer {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("div", "span")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Block HTML for a Markdown fragment. */
    public String toHtml(String markdown) {
        return clean(renderer.render(parser.parse(markdown)));
    }

    /** Block HTML for an already parsed node. */
    public String toHtml(Node node) {
        return clean(renderer.render(node));
    }

    /** HTML without the enclosing paragraph, for one-line Markdown such as a brief. */
    public String toInlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** The text a reader sees, without markup. */
    public static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    private static String clean(String html) {
        // Relative links (images beside an issue) are judged against a placeholder base and kept as written.
        return Jsoup.clean(html, "http://content.invalid/", SAFE, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }
}
