package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    private final HtmlEscaper escaper = new HtmlEscaper();

    @Test
    void escapesMarkupCharactersOnly() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", escaper.escape("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("区财政局（门店）𠮷 “引号”", escaper.escape("区财政局（门店）𠮷 “引号”"));
    }

    @Test
    void returnsTextWithoutMarkupCharactersAsItIs() {
        String text = "我区发展“采摘经济”激发乡村振兴新活力";
        assertSame(text, escaper.escape(text));
    }
}
