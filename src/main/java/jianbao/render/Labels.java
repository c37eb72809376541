package jianbao.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The fixed texts a reader sees (往期, 供稿单位, 本期目录, the feed titles, the sentences of the search
 * page), read from the theme's labels.yaml: the default theme's file names every label, a site
 * theme's file rewords any of them. A text may hold placeholders such as {@code {number}}, which
 * are filled in where the label is used. Templates use {@code {{ label('nav.archive') }}}; page
 * titles and feeds made in Java use {@link #text}.
 */
public final class Labels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

    /** A problem in a labels.yaml, at its line. */
    public record Problem(Path file, int line, String message) {
    }

    /** A labels.yaml that cannot be used; every problem found is listed. */
    public static final class LabelsException extends RuntimeException {

        private final List<Problem> problems;

        LabelsException(List<Problem> problems) {
            super(problems.stream().map(p -> p.file() + ":" + p.line() + ": 错误：" + p.message()).reduce((a, b) -> a + "\n" + b)
                    .orElse(""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** A label asked for that the theme does not have, or a placeholder left without a value. */
    public static final class MissingLabelException extends IllegalArgumentException {
        MissingLabelException(String message) {
            super(message);
        }
    }

    private final Map<String, String> texts;
    /** Each text cut at its placeholders, once: pages fill in labels thousands of times. */
    private final Map<String, String[]> pieces = new HashMap<>();

    private Labels(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
        texts.forEach((key, text) -> pieces.put(key, pieces(text)));
    }

    /** Labels from literal texts, for tests. */
    static Labels of(Map<String, String> texts) {
        return new Labels(texts);
    }

    /**
     * The labels of {@code theme}: the default theme's, each replaced by the site theme's where it
     * gives one. A site theme may reword a label, but not add one the default theme lacks nor use a
     * placeholder the default text does not have.
     */
    public static Labels load(Theme theme) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = theme.labelFiles();
        Map<String, Entry> defaults = read(files.get(0), problems);
        Map<String, String> texts = new TreeMap<>();
        defaults.forEach((key, entry) -> texts.put(key, entry.text()));
        for (Path file : files.subList(1, files.size())) {
            read(file, problems).forEach((key, entry) -> {
                Entry original = defaults.get(key);
                if (original == null) {
                    problems.add(new Problem(file, entry.line(), "标签“" + key + "”不认识：默认主题的 labels.yaml 中没有它，"
                            + "请核对名称（主题只能改写已有的标签）。"));
                    return;
                }
                Set<String> allowed = placeholders(original.text());
                Set<String> used = placeholders(entry.text());
                used.removeAll(allowed);
                if (!used.isEmpty()) {
                    problems.add(new Problem(file, entry.line(), "标签“" + key + "”中的 {" + String.join("}、{", used)
                            + "} 无法填写：这个标签" + (allowed.isEmpty() ? "不能有 {…}。" : "只能用 {" + String.join("}、{", allowed) + "}。")));
                    return;
                }
                texts.put(key, entry.text());
            });
        }
        if (!problems.isEmpty()) {
            throw new LabelsException(problems);
        }
        return new Labels(texts);
    }

    private record Entry(String text, int line) {
    }

    private static Map<String, Entry> read(Path file, List<Problem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new Problem(file, mark != null ? mark.getLine() + 1 : 1, "格式有误：" + e.getProblem()
                    + "。每行应写成“标签: 文字”，冒号后留一个空格。"));
            return entries;
        } catch (YAMLException e) {
            problems.add(new Problem(file, 1, "格式有误：" + e.getMessage()));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null) {
            return entries;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(file, root.getStartMark().getLine() + 1, "每行应写成“标签: 文字”。"));
            return entries;
        }
        flatten(file, "", mapping, entries, problems);
        return entries;
    }

    /** Groups of labels (search: then indented lines) become keys joined by a dot: search.more. */
    private static void flatten(Path file, String prefix, MappingNode mapping, Map<String, Entry> entries,
                                List<Problem> problems) {
        for (NodeTuple tuple : mapping.getValue()) {
            int line = tuple.getKeyNode().getStartMark().getLine() + 1;
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Problem(file, line, "标签的名称应是一个词，如 archive。"));
                continue;
            }
            String key = prefix + keyNode.getValue();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode group) {
                flatten(file, key + ".", group, entries, problems);
            } else if (value instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
                entries.put(key, new Entry(scalar.getValue(), line));
            } else {
                problems.add(new Problem(file, line, "标签“" + key + "”应是一段文字。"));
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text of {@code key}, which has no placeholders. */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** The text of {@code key} with each placeholder replaced by its value in {@code values}. */
    public String text(String key, Map<String, ?> values) {
        String[] pieces = this.pieces.get(key);
        if (pieces == null) {
            throw new MissingLabelException("主题的 labels.yaml 中没有标签“" + key + "”。");
        }
        if (pieces.length == 1) {
            return pieces[0];
        }
        StringBuilder filled = new StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.length; i += 2) {
            Object value = values.get(pieces[i]);
            if (value == null) {
                throw new MissingLabelException("标签“" + key + "”中的 {" + pieces[i] + "} 没有给出值。");
            }
            filled.append(value).append(pieces[i + 1]);
        }
        return filled.toString();
    }

    /** A text cut at its placeholders: the text between them at even places, their names at odd ones. */
    private static String[] pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            pieces.add(text.substring(at, m.start()));
            pieces.add(m.group(1));
            at = m.end();
        }
        pieces.add(text.substring(at));
        return pieces.toArray(String[]::new);
    }

    /** The labels of a group, by their names within it, such as the search page's for its script. */
    public Map<String, String> group(String name) {
        Map<String, String> group = new TreeMap<>();
        texts.forEach((key, text) -> {
            if (key.startsWith(name + ".")) {
                group.put(key.substring(name.length() + 1), text);
            }
        });
        if (group.isEmpty()) {
            throw new MissingLabelException("主题的 labels.yaml 中没有标签组“" + name + "”。");
        }
        return group;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Labels labels && labels.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }
}
