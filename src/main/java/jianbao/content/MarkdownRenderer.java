package jianbao.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML and plain text. Raw HTML in content is escaped by the Markdown renderer, so
 * the only markup in its output is what Markdown itself produces; of that, only links and images
 * carry URLs a writer controls, and HTML that has any is cleaned with a jsoup safelist, so nothing
 * written in content can run script in a reader's browser.
 */
public final class MarkdownRenderer {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("div", "span")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** The HTML of a fragment and the text a reader sees in it. */
    public record Rendered(String html, String text) {
    }

    public MarkdownRenderer() {
        parser = Parser.builder(OPTIONS).build();
        renderer = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(any -> new TextRenderer()).build();
    }

    /** What a line that ends in two spaces or a backslash ends with in HTML. */
    private static final String HARD_BREAK = "<br />\n";

    /** Raw HTML in content is shown as text; lines of a paragraph join without a space, as Chinese text does. */
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "")
            .set(HtmlRenderer.HARD_BREAK, HARD_BREAK)
            .set(HtmlRenderer.FORMAT_FLAGS, 0)
            .toImmutable();

    /**
     * Writes runs of plain text, most of every article, from the source string. flexmark's own
     * renderer reads each run character by character three times over (unescaping, normalising line
     * ends, escaping); this one gives the same HTML.
     */
    private static final class TextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, (text, context, html) -> html.raw(textHtml(text))));
        }
    }

    /** The HTML of a run of plain text, as flexmark writes it. */
    private static String textHtml(Text text) {
        String run = source(text.getChars());
        if (isPlain(run)) {
            return run;
        }
        String unescaped = Escaping.unescapeString(run);
        return Escaping.escapeHtml(unescaped.indexOf('\r') < 0 ? unescaped : Escaping.normalizeEOL(unescaped), false);
    }

    /**
     * Whether a run has nothing to unescape (\ or &amp;), escape (&lt;, &gt;, ") or normalise (\r),
     * as most runs of Chinese text: flexmark's functions would each search it with a regular
     * expression to return it as it is.
     */
    private static boolean isPlain(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '\\' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The text of a run, cut from the string it was parsed from when it is a plain part of it. */
    private static String source(BasedSequence chars) {
        if (chars.getBase() instanceof String base && chars.getEndOffset() - chars.getStartOffset() == chars.length()) {
            return base.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /**
     * The HTML of blocks that are only paragraphs of text, bold, italics and line breaks (nearly
     * every article and brief), written here, or null for anything else, which flexmark renders.
     * flexmark sets up its renderers and their options anew for every fragment, which cost more
     * than the writing; the HTML is the same (MarkdownRendererTest compares the two).
     */
    private static String paragraphsHtml(Node root) {
        StringBuilder html = new StringBuilder(root.getTextLength() + 64);
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph) || block.getFirstChild() == null) {
                return null;
            }
            html.append("<p>");
            if (!inlineHtml(block, html)) {
                return null;
            }
            html.append("</p>\n");
        }
        return html.toString();
    }

    private static boolean inlineHtml(Node parent, StringBuilder html) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                html.append(textHtml(text));
            } else if (node instanceof StrongEmphasis || node instanceof Emphasis) {
                String tag = node instanceof StrongEmphasis ? "strong" : "em";
                html.append('<').append(tag).append('>');
                if (!inlineHtml(node, html)) {
                    return false;
                }
                html.append("</").append(tag).append('>');
            } else if (node instanceof HardLineBreak) {
                html.append(HARD_BREAK);
            } else if (!(node instanceof SoftLineBreak)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses {@code markdown}, whose first line is line {@code firstLine} of {@code file}; empty, after
     * adding a problem on the line, when it nests too deep to be parsed and rendered safely.
     */
    public Optional<Document> parse(String markdown, Path file, int firstLine, Problems problems) {
        if (!MarkdownLimits.checkSource(markdown, file, firstLine, problems)) {
            return Optional.empty();
        }
        Document document = parser.parse(markdown);
        return MarkdownLimits.checkTree(document, markdown, file, firstLine, problems) ? Optional.of(document) : Optional.empty();
    }

    /** Block HTML for a Markdown fragment of content already parsed whole with {@link #parse(String, Path, int, Problems)}. */
    public Rendered render(String markdown) {
        return render(parser.parse(markdown));
    }

    /** Block HTML for a parsed document. */
    public Rendered render(Document document) {
        return new Rendered(clean(html(document)), text(document));
    }

    /** Block HTML for blocks of a parsed document, which are moved out of it to be rendered on their own. */
    public Rendered render(List<Node> blocks) {
        Document source = blocks.get(0).getDocument();
        // Links and images render only within a document, so the blocks get one of their own.
        Document fragment = new Document(source, source.getChars());
        blocks.forEach(fragment::appendChild);
        return new Rendered(clean(html(fragment)), text(fragment));
    }

    /**
     * Removes {@code suffix} from the end of a parsed block when it lies within the block's last
     * run of plain text, as a department parenthetical does; false when it does not, and the block
     * is left as it was.
     */
    public static boolean removeTrailingText(Node block, String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        if (!(block.getLastChild() instanceof Text text)) {
            return false;
        }
        BasedSequence chars = text.getChars().trimEnd();
        if (!chars.endsWith(suffix)) {
            return false;
        }
        BasedSequence rest = chars.subSequence(0, chars.length() - suffix.length()).trimEnd();
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(rest);
        }
        return true;
    }

    /**
     * Removes {@code prefix} from the start of a parsed block when it lies within the block's first
     * run of plain text, as a brief's △ does; false when it does not, and the block is left as it was.
     */
    public static boolean removeLeadingText(Node block, String prefix) {
        if (!(block.getFirstChild() instanceof Text text)) {
            return false;
        }
        BasedSequence chars = text.getChars().trimStart();
        if (!chars.startsWith(prefix)) {
            return false;
        }
        BasedSequence rest = chars.subSequence(prefix.length()).trimStart();
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(rest);
        }
        return true;
    }

    /** HTML without the enclosing paragraph, for one-line Markdown such as a brief. */
    public Rendered renderInline(String markdown) {
        return withoutParagraph(render(markdown));
    }

    /** HTML without the enclosing paragraph for a paragraph of a parsed document, which is moved out of it. */
    public Rendered renderInline(Node paragraph) {
        return withoutParagraph(render(List.of(paragraph)));
    }

    private static Rendered withoutParagraph(Rendered block) {
        String html = block.html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new Rendered(html, block.text());
    }

    /**
     * The text a reader sees in a node, such as a headline written with bold marks: its runs of text
     * unescaped, each line break a line end, each block on lines of its own and a blank line after a
     * paragraph that has one. Raw HTML counts as text, since it is shown escaped; so does an address
     * written as a link of its own.
     *
     * <p>flexmark's own TextCollectingVisitor gives the same for what bulletins hold, but builds the
     * text out of pieces of the source, which cost two percent of a build and failed on some runs of
     * line breaks ("Accumulated range overlaps") with a message no writer could act on.
     */
    public static String text(Node node) {
        StringBuilder text = new StringBuilder(node.getTextLength());
        collectText(node, text);
        return text.toString().strip();
    }

    private static void collectText(Node node, StringBuilder text) {
        if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof Text || node instanceof TextBase
                || node instanceof HtmlEntity) {
            String run = source(node.getChars());
            text.append(isPlain(run) ? run : Escaping.unescapeString(run));
            return;
        }
        if (node instanceof Block && !(node instanceof Document) && !text.isEmpty()) {
            text.append('\n');
        }
        if (node instanceof IndentedCodeBlock code) {
            text.append(Escaping.unescapeString(code.getContentChars().toString()));
        } else if (node instanceof Code code) {
            text.append(code.getText());
        } else if (node instanceof DelimitedLinkNode link) {
            // An address written as <https://…>: the reader sees the address.
            text.append(link.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append('\n');
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectText(child, text);
            }
            if (node instanceof Paragraph paragraph && paragraph.isTrailingBlankLine()) {
                text.append('\n');
            }
        }
    }

    /** The HTML of a document, before it is cleaned. */
    private String html(Document document) {
        String paragraphs = paragraphsHtml(document);
        return paragraphs != null ? paragraphs : renderer.render(document);
    }

    private static String clean(String html) {
        if (!html.contains("<a ") && !html.contains("<img ")) {
            return html;
        }
        // Relative links (images beside an issue) are judged against a placeholder base and kept as written.
        return Jsoup.clean(html, "http://content.invalid/", SAFE, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }
}
