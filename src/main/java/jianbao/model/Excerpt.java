package jianbao.model;

/** The beginning of a text, for descriptions and list items. */
public final class Excerpt {

    private Excerpt() {
    }

    /** {@code text} cut to {@code length} characters (code points), with … when cut. */
    public static String of(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length)) + "…";
    }
}
