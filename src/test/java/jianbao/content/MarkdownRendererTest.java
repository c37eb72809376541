package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
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
            ""})
    void writesTheSameHtmlAsFlexmark(String markdown) {
        assertEquals(FLEXMARK.render(PARSER.parse(markdown)), new MarkdownRenderer().render(markdown).html());
    }
}
