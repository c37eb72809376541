package jianbao.content;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** Turns a Chinese name into a stable ASCII URL segment by its pinyin: 区域管局 → qu-yu-guan-ju. */
public final class PinyinSlugs {

    private static final class Holder {
        static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }

    private PinyinSlugs() {
    }

    public static String slug(String name) {
        String latin;
        synchronized (Holder.TO_ASCII) {
            latin = Holder.TO_ASCII.transliterate(Normalizer.normalize(name, Normalizer.Form.NFKC));
        }
        String slug = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "department" : slug;
    }
}
