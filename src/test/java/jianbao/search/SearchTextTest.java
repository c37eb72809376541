package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            full-width figures       | ３８．３４万元             | 38.34万元
            full-width Latin, case   | ＰＤＦ Pdf               | pdfpdf
            spaces around figures    | 协调解决各类问题 40 余件     | 协调解决各类问题40余件
            ideographic space        | 乡村　振兴                | 乡村振兴
            no-break space           | 5\u00a0个                | 5个
            full-width parentheses   | （峡窝镇、区自然资源局）      | (峡窝镇、区自然资源局)
            Chinese punctuation kept | “三个管理”。              | “三个管理”。
            invisible characters     | 零\u200b宽\ufeff字\u00ad符 | 零宽字符
            compatibility forms      | ㎡ Ⅻ ①                   | m2xii1
            kangxi radical           | ⼈                       | 人
            supplementary ideograph  | 𠀀𠀁                      | 𠀀𠀁
            expansions, then text    | ㈱㈱㈱㈱㈱㈱㈱乡村振兴         | (株)(株)(株)(株)(株)(株)(株)乡村振兴
            """)
    void normalisesLikeSearchJs(String what, String text, String expected) {
        assertEquals(expected, SearchText.normalizeToString(unescape(text)), what);
    }

    @Test
    void queriesSplitIntoTermsAtAnyWhitespace() {
        assertEquals(List.of("乡村振兴", "峡窝镇"), SearchText.terms("乡村振兴　峡窝镇"));
        assertEquals(List.of("38.34", "区财政局"), SearchText.terms("  ３８．３４\t区财政局 "));
        assertEquals(List.of("with"), SearchText.terms("WITH with With"));
        assertEquals(List.of(), SearchText.terms(" \u3000 "));
    }

    @Test
    void fieldsAreJoinedWithASeparatorNoBigramSpans() {
        int s = SearchText.SEPARATOR;
        assertArrayEquals(new int[]{'a', 'b', s, s, '5'}, SearchText.fields(List.of("A b", "", "５")));
        assertArrayEquals(new int[0], SearchText.fields(List.of()));
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
