package jianbao.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Construct;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses the YAML of content files, with none of YAML 1.1's guesses about what a plain value is
 * beyond true/false and empty: yes/no/on/off, numbers and dates stay text, so that {@link FrontMatter} reads
 * {@code 045} as 45 rather than octal 37, refuses {@code 0x2E} rather than reading 46, and checks
 * dates strictly (YAML's own timestamps would silently turn 2024-02-30 into 1 March). Explicit tags
 * such as {@code !!binary} and a key written twice are errors, told with their line.
 */
final class ContentYaml {

    private ContentYaml() {
    }

    /** A parser per thread: building one costs more than parsing a front matter, and they are not thread-safe. */
    private static final ThreadLocal<Yaml> PARSER = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new PlainValues(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new TextByDefault());
    });

    /** What a YAML text holds: a map, a list, a value, or null when it holds nothing. */
    record Parsed(Object value) {
    }

    /**
     * Parses {@code text}, which starts on line {@code firstLine} of {@code file}; empty after adding
     * a problem on the line of the mistake.
     */
    static Optional<Parsed> load(Path file, String text, int firstLine, Problems problems) {
        try {
            return Optional.of(new Parsed(PARSER.get().load(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? mark.getLine() + firstLine : firstLine;
            problems.error(file, line, "格式有误：" + plainProblem(e) + "。");
            return Optional.empty();
        } catch (YAMLException e) {
            // SnakeYAML's limits (aliases, nesting) say no line
            problems.error(file, firstLine, "格式有误：" + plainProblem(e.getMessage()) + "。");
            return Optional.empty();
        }
    }

    private static final String GLOBAL_TAG_REFUSED = "Global tag is not allowed:";

    private static String refusedTag(String tag) {
        return "不支持“" + tag + "”这样的标签（以 ! 开头的类型说明），请直接写值";
    }

    /** A tag as it is written: !!binary for tag:yaml.org,2002:binary. */
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static String plainProblem(MarkedYAMLException e) {
        if (e instanceof DuplicateKeyException) {
            // SnakeYAML says "found duplicate key date"
            String problem = e.getProblem();
            String key = problem.substring(problem.lastIndexOf(' ') + 1);
            return "“" + key + "”写了两次，请删去其中一行";
        }
        if (e instanceof RefusedTag refused) {
            return refusedTag(refused.tag);
        }
        return plainProblem(e.getProblem() != null ? e.getProblem() : e.getMessage());
    }

    private static String plainProblem(String problem) {
        if (problem.startsWith(GLOBAL_TAG_REFUSED)) {
            // refused by SnakeYAML itself before any value is built
            return refusedTag(shortTag(problem.substring(GLOBAL_TAG_REFUSED.length()).strip()));
        }
        if (problem.contains("mapping values are not allowed")) {
            return "这一行多了一个冒号，或值里含有“: ”（请给值加上引号）。每行应写成“字段: 值”，冒号后留一个空格";
        }
        if (problem.contains("could not find expected ':'")) {
            return "字段名后缺少冒号。每行应写成“字段: 值”，冒号后留一个空格";
        }
        if (problem.contains("found character '\\t'")) {
            return "含有制表符（Tab），请改用空格";
        }
        if (problem.contains("found undefined alias") || problem.contains("found undefined anchor")) {
            return "用了没有定义的引用（以 * 开头）。如果 * 是值的一部分，请给值加上引号";
        }
        if (problem.startsWith("Number of aliases")) {
            return "引用（以 * 开头的别名）用得太多";
        }
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "方括号或花括号套了太多层";
        }
        return problem + "。每行应写成“字段: 值”，冒号后留一个空格";
    }

    /**
     * Resolves plain values to text, except true/false, empty values and merge keys. YAML 1.1's other
     * booleans stay text too: {@code title: no} is the word, not false.
     */
    private static final class TextByDefault extends Resolver {

        private static final Pattern TRUE_OR_FALSE = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, TRUE_OR_FALSE, "tTfF");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    /**
     * Builds text, true/false, lists and maps; any other type is an explicit tag in the content,
     * which is refused rather than turned into an object whose text would be published.
     */
    private static final class PlainValues extends SafeConstructor {

        private static final Set<Tag> ALLOWED = Set.of(Tag.STR, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

        PlainValues(LoaderOptions options) {
            super(options);
        }

        @Override
        protected Construct getConstructor(Node node) {
            if (!ALLOWED.contains(node.getTag())) {
                throw new RefusedTag(node.getTag(), node.getStartMark());
            }
            return super.getConstructor(node);
        }
    }

    private static final class RefusedTag extends MarkedYAMLException {

        final String tag;

        RefusedTag(Tag tag, Mark mark) {
            super(null, null, "refused tag " + tag, mark);
            this.tag = shortTag(tag.getValue());
        }
    }
}
