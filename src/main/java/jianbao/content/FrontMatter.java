package jianbao.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The YAML block between two {@code ---} lines at the top of a content file, and the Markdown body
 * after it. Typed accessors report a missing or ill-typed field as a problem on the field's line.
 */
public final class FrontMatter {

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");

    /** {@code 期号：45} typed with an input method: a full-width colon after a field name. */
    private static final Pattern FULL_WIDTH_KEY_COLON = Pattern.compile("(?m)^([ \t]*[A-Za-z_][\\w-]*)[ \t]*：[ \t]*");

    /** {@code  报：市委办公室} in a nested map: a Chinese key followed by a full-width colon or by a colon without a space. */
    private static final Pattern NESTED_CHINESE_KEY = Pattern.compile("(?m)^([ \t]+(?:-[ \t]+)?)([\\u4e00-\\u9fff]{1,6})[ \t]*(?:：|:(?! ))[ \t]*");

    private final Path file;
    private final Map<String, Object> fields;
    private final String yaml;
    private final int firstLine;
    private final String body;
    private final int bodyLine;
    private final Problems problems;
    /** Whether the fields are those of a section, written indented under its key. */
    private final boolean indented;
    /** The line of each field, found when first asked for. */
    private Map<String, Integer> fieldLines;

    private FrontMatter(Path file, Map<String, Object> fields, String yaml, int firstLine, String body, int bodyLine,
                        Problems problems) {
        this(file, fields, yaml, firstLine, body, bodyLine, problems, false);
    }

    private FrontMatter(Path file, Map<String, Object> fields, String yaml, int firstLine, String body, int bodyLine,
                        Problems problems, boolean indented) {
        this.indented = indented;
        this.file = file;
        this.fields = fields;
        this.yaml = yaml;
        this.firstLine = firstLine;
        this.body = body;
        this.bodyLine = bodyLine;
        this.problems = problems;
    }

    /** Splits and parses {@code text}; empty, after adding a problem, if there is no readable front matter. */
    public static Optional<FrontMatter> parse(Path file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.error(file, 1, "文件开头缺少以 --- 开始的信息头（期号、日期等）。");
            return Optional.empty();
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.error(file, 1, "信息头没有结束：请在期号、日期等字段之后加一行 ---。");
            return Optional.empty();
        }
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        return parse(file, yaml, 2, body, end + 2, problems);
    }

    /** Parses a whole file of YAML settings, such as site.yaml. */
    public static Optional<FrontMatter> parseYaml(Path file, String yaml, Problems problems) {
        return parse(file, yaml, 1, "", 0, problems);
    }

    private static Optional<FrontMatter> parse(Path file, String rawYaml, int firstLine, String body, int bodyLine,
                                               Problems problems) {
        String yaml = NESTED_CHINESE_KEY.matcher(FULL_WIDTH_KEY_COLON.matcher(rawYaml).replaceAll("$1: ")).replaceAll("$1$2: ");
        Optional<ContentYaml.Parsed> loaded = ContentYaml.load(file, yaml, firstLine, problems);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Object parsed = loaded.get().value();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((key, value) -> fields.put(String.valueOf(key), value));
        } else if (parsed != null) {
            problems.error(file, firstLine, "格式有误：每行应写成“字段: 值”，冒号后留一个空格。");
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(file, fields, yaml, firstLine, body, bodyLine, problems));
    }

    /** The file the front matter was read from. */
    public Path file() {
        return file;
    }

    /** The Markdown after the front matter. */
    public String body() {
        return body;
    }

    /** The 1-based line of the file on which the body starts. */
    public int bodyLine() {
        return bodyLine;
    }

    public boolean has(String key) {
        return fields.get(key) != null;
    }

    /** The 1-based line of the file on which {@code key} is written, or the opening --- line if absent. */
    public int lineOf(String key) {
        return fieldLines().getOrDefault(key, Math.max(1, firstLine - 1));
    }

    /** The 1-based line of the file on which each field is written, by name. */
    public Map<String, Integer> fieldLines() {
        if (fieldLines == null) {
            Map<String, Integer> found = new HashMap<>();
            String[] lines = yaml.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = indented ? lines[i].stripLeading() : lines[i];
                int colon = line.indexOf(':');
                int wide = line.indexOf('：');
                int end = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
                if (end > 0 && fields.containsKey(line.substring(0, end))) {
                    found.putIfAbsent(line.substring(0, end), i + firstLine);
                }
            }
            fieldLines = Map.copyOf(found);
        }
        return fieldLines;
    }

    /** The 1-based line of {@code key} written inside the map or list of {@code parent}, or the line of {@code parent}. */
    public int lineOf(String parent, String key) {
        String[] lines = yaml.split("\n", -1);
        int start = lineOf(parent) - firstLine;
        Pattern nested = Pattern.compile("^[ \t]+(?:-[ \t]+)?" + Pattern.quote(key) + "[ \t]*[:：]");
        for (int i = Math.max(0, start + 1); i < lines.length && (lines[i].isBlank() || Character.isWhitespace(lines[i].charAt(0))
                || lines[i].startsWith("-")); i++) {
            if (nested.matcher(lines[i]).find()) {
                return i + firstLine;
            }
        }
        return lineOf(parent);
    }

    /** A named line of a map or list field: the name, its text (empty when none was written) and its line. */
    public record Named(String name, String text, int line) {
    }

    /**
     * The entries of a field written as a map ({@code 报: 市委办公室} on lines of their own, indented
     * under it) or as a list of such one-entry maps, in the order written; an error when it is anything else.
     */
    public List<Named> namedTexts(String key, String example) {
        Object value = fields.get(key);
        List<Named> named = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            items.add(map);
        } else if (value instanceof Iterable<?> list) {
            list.forEach(items::add);
        }
        if (value != null && items.isEmpty()) {
            problems.error(file, lineOf(key), "“" + key + "”应分行写出各项，每行缩进两格，如：" + example);
            return named;
        }
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                problems.error(file, lineOf(key), "“" + key + "”应分行写出各项，每行缩进两格，如：" + example);
                return named;
            }
            map.forEach((name, text) -> {
                String written = String.valueOf(name).strip();
                boolean plain = text == null || !(text instanceof Map || text instanceof Iterable);
                named.add(new Named(written, plain && text != null ? String.valueOf(text).strip() : "", lineOf(key, written)));
            });
        }
        return named;
    }

    /** Like {@link #positiveInteger} for a field that may be left out. */
    public Optional<Integer> optionalPositiveInteger(String key, String meaning) {
        return fields.get(key) == null ? Optional.empty() : positiveInteger(key, meaning);
    }

    /** Warns about fields that are not among {@code known}, which are most often typos. */
    public void warnUnknownFields(Set<String> known) {
        fields.keySet().stream().filter(key -> !known.contains(key)).forEach(key ->
                problems.warning(file, lineOf(key), "字段“" + key + "”不认识，已忽略。可用的字段：" + String.join("、", known.stream().sorted().toList()) + "。"));
    }

    public Optional<String> text(String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof Map || value instanceof Iterable) {
            if (value != null) {
                problems.error(file, lineOf(key), "“" + key + "”应是一段文字。");
            }
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        // A value of zero-width spaces and the like would be a title or name no one can see.
        return VisibleText.isInvisible(text) ? Optional.empty() : Optional.of(text);
    }

    /**
     * A list of words, written as a YAML list or as one text separated by 、 or commas; empty when
     * the field is absent.
     */
    public List<String> words(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map) {
            problems.error(file, lineOf(key), "“" + key + "”应是几个词语，用“、”隔开。");
            return List.of();
        }
        Stream<String> words = value instanceof Iterable<?> list
                ? StreamSupport.stream(list.spliterator(), false).map(String::valueOf)
                : Arrays.stream(String.valueOf(value).split("[、,，;；]"));
        return words.map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * The fields written indented under {@code key} ({@code contact:} and below it {@code   email: …}),
     * with lines of their own; empty when absent, or, after a problem, when {@code key} holds no fields.
     */
    public Optional<FrontMatter> section(String key, String meaning) {
        Object value = fields.get(key);
        if (value == null) {
            return Optional.empty();
        }
        int line = lineOf(key);
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(file, line, meaning + "应在“" + key + ":”下面分行写“字段: 值”，每行前空两格。");
            return Optional.empty();
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        map.forEach((k, v) -> nested.put(String.valueOf(k), v));
        String[] lines = yaml.split("\n", -1);
        int start = line - firstLine + 1;
        int end = start;
        while (end < lines.length && (lines[end].isBlank() || Character.isWhitespace(lines[end].charAt(0)))) {
            end++;
        }
        String block = String.join("\n", Arrays.copyOfRange(lines, Math.min(start, end), end));
        return Optional.of(new FrontMatter(file, nested, block, line + 1, "", 0, problems, true));
    }

    /** The entries of a field written as {@code key:} and indented {@code name: value} lines; empty if absent. */
    public Map<String, Object> map(String key) {
        Object value = fields.get(key);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((name, entry) -> entries.put(String.valueOf(name), entry));
            return entries;
        }
        if (value != null) {
            problems.error(file, lineOf(key), "“" + key + "”下面应是缩进的“名称: 值”各行。");
        }
        return Map.of();
    }

    /** The texts of a field written as a list ({@code [a, b]} or lines starting with {@code - }); empty if absent. */
    public List<String> texts(String key) {
        Object value = fields.get(key);
        if (value instanceof Iterable<?> items) {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> {
                if (item != null && !String.valueOf(item).isBlank()) {
                    texts.add(String.valueOf(item).strip());
                }
            });
            return texts;
        }
        if (value != null) {
            problems.error(file, lineOf(key), "“" + key + "”应是一个列表，如 [甲, 乙]，或每行以“- ”开头。");
        }
        return List.of();
    }

    public Optional<String> requiredText(String key, String meaning) {
        Optional<String> text = text(key);
        if (text.isEmpty() && !(fields.get(key) instanceof Map || fields.get(key) instanceof Iterable)) {
            problems.error(file, lineOf(key), "缺少" + meaning + "：请加上一行“" + key + ": …”。");
        }
        return text;
    }

    public Optional<Integer> positiveInteger(String key, String meaning) {
        Object value = fields.get(key);
        if (value == null) {
            problems.error(file, lineOf(key), "缺少" + meaning + "：请加上一行“" + key + ": …”。");
            return Optional.empty();
        }
        String digits = String.valueOf(value).strip();
        if (digits.matches("\\d{1,6}") && Integer.parseInt(digits) > 0) {
            return Optional.of(Integer.parseInt(digits));
        }
        problems.error(file, lineOf(key), meaning + "应是正整数（如 45），现在是“" + value + "”。");
        return Optional.empty();
    }

    /** A date written as 2024-08-09, 2024-8-9 or 2024年8月9日. */
    public Optional<LocalDate> date(String key, String meaning) {
        Object value = fields.get(key);
        if (value == null) {
            problems.error(file, lineOf(key), "缺少" + meaning + "：请加上一行“" + key + ": 2024-08-09”这样的日期。");
            return Optional.empty();
        }
        Matcher m = CHINESE_DATE.matcher(String.valueOf(value).strip());
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                problems.error(file, lineOf(key), meaning + "“" + value + "”不是真实存在的日期。");
                return Optional.empty();
            }
        }
        problems.error(file, lineOf(key), meaning + "“" + value + "”看不懂，请写成 2024-08-09 这样的日期。");
        return Optional.empty();
    }

    public boolean flag(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problems.error(file, lineOf(key), "“" + key + "”只能是 true 或 false，现在是“" + value + "”。");
        return false;
    }
}
