package jianbao.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of text that search matches on, shared by the index and by the browser's search.js,
 * which implements the same steps: each code point is NFKC-normalised on its own and lower-cased,
 * and whitespace and invisible characters are dropped. Full-width and half-width forms therefore
 * match (３８．３４ is 38.34), and the spaces the bulletin prints around figures do not matter.
 * Every other character, punctuation included, is kept, so a match is an exact substring.
 */
public final class SearchText {

    /** Marks the border between fields of a document; no bigram spans it and no query contains it. */
    public static final int SEPARATOR = -1;

    private SearchText() {
    }

    /** The normalised code points of {@code text}. */
    public static int[] normalize(String text) {
        int[] out = new int[text.length() + 8];
        int n = 0;
        // Reading a copy is faster than reading the string char by char with the quick JIT compiler.
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; ) {
            if (commonIdeograph(chars[i]) && n < out.length) {
                // Most of the text: it stays as it is.
                out[n++] = chars[i++];
                continue;
            }
            int cp = Character.codePointAt(chars, i);
            i += Character.charCount(cp);
            int[] mapped = map(cp);
            if (mapped == null) {
                if (!isDropped(cp)) {
                    out = ensure(out, n + 1);
                    out[n++] = cp;
                }
            } else {
                out = ensure(out, n + mapped.length);
                for (int c : mapped) {
                    out[n++] = c;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * What one code point becomes, or null when it stays as it is; remembered for the BMP, where
     * almost all text is, so that the Normalizer runs once per distinct character.
     */
    private static int[] map(int cp) {
        if (commonIdeograph(cp)) {
            return null;
        }
        if (cp < BMP_MAPPINGS.length()) {
            int[] mapped = BMP_MAPPINGS.get(cp);
            if (mapped == null) {
                mapped = mapOnce(cp);
                BMP_MAPPINGS.set(cp, mapped);
            }
            return mapped == UNCHANGED ? null : mapped;
        }
        int[] mapped = mapOnce(cp);
        return mapped == UNCHANGED ? null : mapped;
    }

    /** The CJK Unified Ideographs block, which normalisation leaves as it is. */
    private static boolean commonIdeograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private static final int[] UNCHANGED = new int[0];
    private static final java.util.concurrent.atomic.AtomicReferenceArray<int[]> BMP_MAPPINGS =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(0x10000);

    private static int[] mapOnce(int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            cp = 0xFFFD;
        }
        String single = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int[] mapped = single.codePoints().filter(c -> !isDropped(c)).toArray();
        return mapped.length == 1 && mapped[0] == cp && !isDropped(cp) ? UNCHANGED : mapped;
    }

    /** {@link #normalize} as a string. */
    public static String normalizeToString(String text) {
        int[] cps = normalize(text);
        return new String(cps, 0, cps.length);
    }

    /**
     * The terms of a query: its parts between whitespace, normalised, without empty or repeated
     * ones, in the order typed. A result must contain every term.
     */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : query.split("(?U)\\s+")) {
            String term = normalizeToString(part);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * The code points of a document's fields in one sequence, each field normalised and separated
     * from the next by {@link #SEPARATOR}. Positions in the index count in this sequence.
     */
    public static int[] fields(List<String> fields) {
        int total = 0;
        List<int[]> parts = new ArrayList<>(fields.size());
        for (String field : fields) {
            int[] part = normalize(field);
            parts.add(part);
            total += part.length + 1;
        }
        int[] out = new int[Math.max(0, total - 1)];
        int n = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out[n++] = SEPARATOR;
            }
            System.arraycopy(parts.get(i), 0, out, n, parts.get(i).length);
            n += parts.get(i).length;
        }
        return out;
    }

    /** Whitespace and characters that print nothing; search.js drops the same set. */
    static boolean isDropped(int cp) {
        return cp <= 0x20 || cp >= 0x7F && cp <= 0xA0 || cp == 0xAD || cp == 0x034F || cp == 0x061C || cp == 0x1680
                || cp == 0x180E || cp >= 0x2000 && cp <= 0x200F || cp >= 0x2028 && cp <= 0x202F
                || cp >= 0x205F && cp <= 0x206F || cp == 0x3000 || cp == 0x3164 || cp >= 0xFE00 && cp <= 0xFE0F
                || cp == 0xFEFF || cp == 0xFFA0 || cp >= 0xFFF0 && cp <= 0xFFF8 || cp >= 0xE0000 && cp <= 0xE0FFF;
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
