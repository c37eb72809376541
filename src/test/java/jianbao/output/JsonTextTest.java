package jianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.string(out, text);
        return out.toString();
    }

    @Test
    void textIsWrittenAsItselfExceptWhatJsonOrJavaScriptCannotHold() {
        assertEquals("\"上街信息 𠮷 38.34%\"", literal("上街信息 𠮷 38.34%"));
        assertEquals("\"\\\"引号\\\" \\\\ a\\nb\\tc\\r\\b\\f\"", literal("\"引号\" \\ a\nb\tc\r\b\f"));
        assertEquals("\"\\u0001 \\u2028 \\u2029 ‧\"", literal("\u0001 \u2028 \u2029 \u2027"));
        assertEquals("\"\\ud842 x \\udfb7\"", literal("\ud842 x \udfb7"), "unpaired surrogates");
        assertEquals("\"\"", literal(""));
    }
}
