package jianbao.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Escapes the five characters that matter in HTML text and quoted attributes, and nothing else, so
 * Chinese text passes through untouched. It replaces Pebble's general-purpose escaper, whose
 * set-up costs more than escaping a whole small site.
 */
public final class HtmlEscaper implements EscapingStrategy {

    @Override
    public String escape(String input) {
        return text(input);
    }

    /** {@code input} as HTML text or a quoted attribute value. */
    public static String text(String input) {
        int first = firstSpecial(input);
        if (first < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstSpecial(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return i;
            }
        }
        return -1;
    }
}
