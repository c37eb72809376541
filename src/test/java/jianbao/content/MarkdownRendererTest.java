package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final Parser PARSER = Parser.builder(MarkdownRenderer.OPTIONS).build();
    private static final HtmlRenderer FLEXMARK = HtmlRenderer.builder(MarkdownRenderer.OPTIONS).build();

    /** Text runs are written by a renderer of our own, which must give exactly flexmark's HTML. */
    @ParameterizedTest
    @ValueSource(strings = {
            "一是定期召开项目分析研判会。截至目前，协调解决各类问题 40 余件。",
            "拨付资金**38.34**万元，惠及*困难*学生<strong>745</strong>人次。",
            "第一行\n第二行\n   缩进的第三行  \n硬换行之后",
            "A & B < C > D \"E\" 'F' &amp; &copy; &#x4e0a; &nbsp;",
            "转义：\\*不是强调\\*、\\\\、\\#、\\[方括号\\]",
            "`代码 <b> & 转义`与 ``两个`反引号``",
            "- 一是\n- 二是\n\n1. 第一\n2. 第二",
            "> 引文 & 注释\n> 第二行",
            "## 标题 & <em>强调</em>\n\n正文",
            "    缩进代码 <script>\n\n```\n围栏代码 & <b>\n```",
            "Windows 换行\r\n第二行\r\n",
            "全角：（区财政局、峡窝镇）；𠮷野家\u00a0不换行空格\u3000全角空格",
            "<div>块级 HTML</div>\n\n<!-- 注释 -->",
            "只有大于号 > 的一段", "只有引号 \"的\" 一段", "单独的 \\ 反斜杠", "&#38;lt; 实体写成的尖括号", "一段\r回车",
            "行尾两个空格  \n下一行", "反斜杠换行\\\n下一行", "***又粗又斜***与**粗里*斜*的**，_下划线斜_、__下划线粗__",
            "第一段\n\n\n\n第二段 **粗** \n\n  第三段", "**没有收尾的粗", "* * *", "\n\n", "**&amp;**", "[方括号]而非链接",
            ""})
    void writesTheSameHtmlAsFlexmark(String markdown) {
        assertEquals(FLEXMARK.render(PARSER.parse(markdown)), new MarkdownRenderer().render(markdown).html());
    }

    /**
     * Paragraphs of text, bold, italics and line breaks are written by MarkdownRenderer itself, and
     * the rest by flexmark: thousands of random mixtures of them, of other blocks and of characters
     * that need escaping, whole and as fragments of blocks (as articles are), give flexmark's HTML.
     * (Links and images are left out: their HTML is cleaned after flexmark writes it.)
     */
    @Test
    void writesTheSameHtmlAsFlexmarkForRandomParagraphs() {
        String[] pieces = {"协调解决各类问题", "40 余件", "**", "*", "_", "__", "***", "  \n", "\\\n", "\n", "\n\n", "&", "&amp;",
                "<", ">", "\"", "'", "\\*", "\\", "（区财政局）", "𠮷", "\u3000", "\r\n", " ", "- ", "1. ", "> ", "[", "]", "`", "# ", "    "};
        Random random = new Random(2024);
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (int i = 0; i < 3000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                markdown.append(pieces[random.nextInt(random.nextInt(3) == 0 ? pieces.length : 10)]);
            }
            String source = markdown.toString();
            assertEquals(FLEXMARK.render(PARSER.parse(source)), renderer.render(source).html(), source);
            Document flexmarks = PARSER.parse(source);
            Document ours = PARSER.parse(source);
            if (ours.hasChildren()) {
                Document fragment = new Document(flexmarks, flexmarks.getChars());
                List<Node> blocks = new ArrayList<>();
                ours.getChildren().forEach(blocks::add);
                flexmarks.getChildren().forEach(fragment::appendChild);
                assertEquals(FLEXMARK.render(fragment), renderer.render(blocks).html(), source);
            }
        }
    }

    /**
     * The text of paragraphs of text, bold, italics and line breaks, what bulletins hold, is what
     * flexmark's TextCollectingVisitor gave, so that pages, feeds and the search index keep their bytes.
     */
    @Test
    void textOfParagraphsIsFlexmarksText() {
        String[] pieces = {"协调解决各类问题", "40 余件", "**", "*", "_", "__", "***", "  \n", "\\\n", "\n", "\n\n", "&", "（区财政局）"};
        Random random = new Random(2024);
        for (int i = 0; i < 3000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            String source = markdown.toString();
            String flexmarks;
            try {
                flexmarks = new TextCollectingVisitor().collectAndGetText(PARSER.parse(source)).strip();
            } catch (RuntimeException | AssertionError failed) {
                continue;
            }
            assertEquals(flexmarks, MarkdownRenderer.text(PARSER.parse(source)), source);
        }
    }

    /** What a reader sees of other Markdown: entities as the characters they stand for, raw HTML as written, no marks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A &amp; B \\* C &copy; &#x4e0a;                    | A & B * C © 上
            <b>粗</b> &lt;i&gt;                                  | <b>粗</b> <i>
            ![说明](x.png)与[链接](a.html)、<https://a.gov.cn/> | 说明与链接、https://a.gov.cn/
            一是`代码 & 转义`                                    | 一是代码 & 转义
            """)
    void textIsWhatAReaderSees(String markdown, String text) {
        assertEquals(text, MarkdownRenderer.text(PARSER.parse(markdown)));
    }

    @Test
    void textHasEachBlockOnLinesOfItsOwn() {
        String text = MarkdownRenderer.text(PARSER.parse("## 标题 **粗**\n\n正文\n\n- 列一\n- 列二\n\n> 引文\n\n```\n围栏\n```"));
        assertEquals(List.of("标题 粗", "正文", "列一", "列二", "引文", "围栏"), text.lines().filter(line -> !line.isEmpty()).toList());
    }

    /** Runs of line breaks on which flexmark's TextCollectingVisitor failed ("Accumulated range … overlaps"). */
    @ParameterizedTest
    @ValueSource(strings = {"  \n\\\n  \n\\\n    *_\\\n", " _  \n协调解决各类问题      \n\"\\\n____  \n", "**\\\n    _*\n\n\\**__ "})
    void textOfAnyLineBreaksIsMade(String markdown) {
        assertEquals(MarkdownRenderer.text(PARSER.parse(markdown)), new MarkdownRenderer().render(markdown).text());
    }
}
