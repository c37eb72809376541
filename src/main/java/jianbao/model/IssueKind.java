package jianbao.model;

import java.util.List;
import java.util.Optional;

/**
 * The kind of an issue. Each kind is numbered on its own within a year, so a supplement 3 and a
 * regular issue 3 are different issues.
 *
 * @param word the word printed on the masthead and written in the issue file ({@code kind: 增刊})
 * @param slug the ASCII name in file names and URLs ({@code zengkan-003.md}, {@code /issues/2024/zengkan-3/});
 *             empty for regular issues, whose names are the number alone
 */
public enum IssueKind {
    REGULAR("", ""),
    SUPPLEMENT("增刊", "zengkan"),
    SPECIAL("专刊", "zhuankan");

    private final String word;
    private final String slug;

    IssueKind(String word, String slug) {
        this.word = word;
        this.slug = slug;
    }

    public String word() {
        return word;
    }

    public String slug() {
        return slug;
    }

    /** The words an issue file may give as its kind, as staff write them. */
    public static final List<String> WORDS = List.of("正刊", "增刊", "专刊", "特刊", "regular", "supplement", "special");

    /** The kind a word of {@link #WORDS} names: 特刊 is another name of 专刊. */
    public static Optional<IssueKind> of(String word) {
        return switch (word) {
            case "正刊", "regular" -> Optional.of(REGULAR);
            case "增刊", "supplement" -> Optional.of(SUPPLEMENT);
            case "专刊", "特刊", "special" -> Optional.of(SPECIAL);
            default -> Optional.empty();
        };
    }

    /** The kind whose file and URL name starts with {@code slug}, such as zengkan. */
    public static Optional<IssueKind> bySlug(String slug) {
        for (IssueKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
