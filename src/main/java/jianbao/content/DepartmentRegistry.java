package jianbao.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jianbao.model.Department;

/**
 * The registry of source departments from content/departments.yaml. Resolves a name as printed,
 * or one of its aliases, to one department; a name it does not know still gets a department, with
 * a pinyin slug, and a warning.
 */
public final class DepartmentRegistry {

    /**
     * The longest page address (slug) a department may have: it becomes a folder name, which most file
     * systems limit to 255 bytes, and a URL segment people may have to read.
     */
    public static final int MAX_SLUG_LENGTH = 200;

    private final List<Department> registered;
    private final Map<String, Department> byName = new HashMap<>();
    private final Map<String, Department> unregistered = new TreeMap<>();
    private final Map<Path, List<Mention>> mentions = new HashMap<>();

    /** A department missing from the registry, as named in content at {@code file:line}. */
    public record Mention(Department department, Path file, int line) {
    }

    private DepartmentRegistry(List<Department> registered) {
        this.registered = List.copyOf(registered);
        for (Department department : registered) {
            byName.put(normalise(department.name()), department);
            department.aliases().forEach(alias -> byName.putIfAbsent(normalise(alias), department));
        }
    }

    public static DepartmentRegistry of(List<Department> registered) {
        return new DepartmentRegistry(registered);
    }

    /** Reads the registry; a missing file is an empty registry. */
    public static DepartmentRegistry load(Path file, Problems problems) {
        if (!Files.exists(file)) {
            return of(List.of());
        }
        String text = SourceText.read(file, problems).orElse("");
        Optional<ContentYaml.Parsed> loaded = ContentYaml.load(file, text, 1, problems);
        if (loaded.isEmpty()) {
            return of(List.of());
        }
        Object parsed = loaded.get().value();
        if (parsed == null) {
            return of(List.of());
        }
        if (!(parsed instanceof List<?> entries)) {
            problems.error(file, 1, "部门名录应是一个列表，每个部门以“- name: …”开头。");
            return of(List.of());
        }
        String[] lines = text.split("\n", -1);
        List<Department> departments = new ArrayList<>();
        Map<String, String> seenNames = new HashMap<>();
        Map<String, String> seenSlugs = new HashMap<>();
        int searchFrom = 0;
        for (Object entry : entries) {
            int line = lineOfNextEntry(lines, searchFrom);
            searchFrom = line;
            if (!(entry instanceof Map<?, ?> fields) || fields.get("name") == null) {
                problems.error(file, line, "每个部门都要有 name（部门名称）。");
                continue;
            }
            String name = String.valueOf(fields.get("name")).strip();
            Object slugValue = fields.get("slug");
            String slug = slugValue == null ? PinyinSlugs.slug(name) : String.valueOf(slugValue).strip();
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.error(file, line, "部门“" + shortened(name) + "”的 slug“" + shortened(slug) + "”只能由小写英文字母、数字和连字符组成。");
                continue;
            }
            if (slug.length() > MAX_SLUG_LENGTH) {
                problems.error(file, line, "部门“" + shortened(name) + "”的页面地址（slug）有 " + slug.length()
                        + " 个字符，太长，不能作为文件名（最多 " + MAX_SLUG_LENGTH + " 个）。请" + (slugValue == null ? "加上" : "改短")
                        + "一行“slug: …”，如 slug: caizheng-ju。");
                continue;
            }
            if (VisibleText.isInvisible(name) || aliasesOf(fields).stream().anyMatch(VisibleText::isInvisible)) {
                problems.error(file, line, "部门名称或别名只由零宽空格、全角空格之类看不见的字符组成，请写上名称。");
                continue;
            }
            String kind = fields.get("kind") == null ? "" : String.valueOf(fields.get("kind")).strip();
            List<String> aliases = aliasesOf(fields);
            for (String known : concat(name, aliases)) {
                String previous = seenNames.put(normalise(known), name);
                if (previous != null) {
                    problems.error(file, line, "名称“" + known + "”同时属于“" + previous + "”和“" + name + "”。");
                }
            }
            String previousSlug = seenSlugs.put(slug, name);
            if (previousSlug != null) {
                problems.error(file, line, "slug“" + slug + "”同时用于“" + previousSlug + "”和“" + name + "”。");
            }
            departments.add(new Department(name, slug, kind, aliases, true));
        }
        return of(departments);
    }

    private static List<String> aliasesOf(Map<?, ?> fields) {
        List<String> aliases = new ArrayList<>();
        if (fields.get("aliases") instanceof Collection<?> list) {
            list.forEach(alias -> aliases.add(String.valueOf(alias).strip()));
        } else if (fields.get("aliases") != null) {
            aliases.add(String.valueOf(fields.get("aliases")).strip());
        }
        return aliases;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(aliases);
        return all;
    }

    private static int lineOfNextEntry(String[] lines, int afterLine) {
        for (int i = afterLine; i < lines.length; i++) {
            if (lines[i].startsWith("-")) {
                return i + 1;
            }
        }
        return afterLine;
    }

    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** A registered name or alias close to a name that is not registered, and the department it belongs to. */
    public record Match(String written, Department department, int distance) {
    }

    /**
     * The registered name or alias nearest to {@code name} by edit distance, if it is near enough to
     * be a slip of the keyboard or the input method: one character off in a short name, two in a
     * longer one. On a tie the department registered first wins.
     */
    public java.util.Optional<Match> closest(String name) {
        String wanted = normalise(name);
        int allowed = wanted.codePointCount(0, wanted.length()) <= 5 ? 1 : 2;
        Match best = null;
        for (Department department : registered) {
            for (String known : concat(department.name(), department.aliases())) {
                int distance = EditDistance.between(wanted, normalise(known));
                if (distance > 0 && distance <= allowed && (best == null || distance < best.distance())) {
                    best = new Match(known, department, distance);
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The registered department for {@code name} or one of its aliases, if any. */
    public java.util.Optional<Department> find(String name) {
        return java.util.Optional.ofNullable(byName.get(normalise(name)));
    }

    /**
     * The department named {@code name} as printed at {@code file:line}; an unknown name is warned
     * about and given a department of its own.
     */
    public synchronized Department resolve(String name, Path file, int line, Problems problems) {
        Department known = byName.get(normalise(name));
        if (known != null) {
            return known;
        }
        String guess = closest(name).map(match -> "是不是“" + match.written() + "”"
                + (match.written().equals(match.department().name()) ? "" : "（即“" + match.department().name() + "”）") + "？")
                .orElse("");
        problems.warning(file, line, "供稿单位“" + name + "”不在部门名录 departments.yaml 中，已按拼音生成页面地址。"
                + guess + "如是笔误请改正，否则请在 departments.yaml 中登记。");
        Department department = unregistered.computeIfAbsent(normalise(name),
                n -> new Department(n, PinyinSlugs.slug(n), "", List.of(), false));
        if (department.slug().length() > MAX_SLUG_LENGTH) {
            problems.error(file, line, "供稿单位“" + shortened(name) + "”太长：按拼音生成的页面地址有 " + department.slug().length()
                    + " 个字符，不能作为文件名（最多 " + MAX_SLUG_LENGTH + " 个）。括号里应只写单位名称；如果名称确实这么长，请在 departments.yaml 中登记它，并给它一个短的 slug。");
        }
        mentions.computeIfAbsent(file, f -> new ArrayList<>()).add(new Mention(department, file, line));
        return department;
    }

    /** The departments missing from the registry that {@code file} names, where it names them. */
    synchronized List<Mention> mentionsIn(Path file) {
        return List.copyOf(mentions.getOrDefault(file, List.of()));
    }

    /** Makes known unregistered departments that an issue read earlier named, as {@link #resolve} would have. */
    synchronized void remember(List<Mention> named) {
        for (Mention mention : named) {
            unregistered.putIfAbsent(normalise(mention.department().name()), mention.department());
            mentions.computeIfAbsent(mention.file(), f -> new ArrayList<>()).add(mention);
        }
    }

    /** Where a department missing from the registry is named first, by file and line. */
    public synchronized java.util.Optional<Mention> firstMention(Department department) {
        return mentions.values().stream().flatMap(List::stream).filter(m -> m.department().equals(department))
                .min(java.util.Comparator.comparing((Mention m) -> m.file().toString()).thenComparingInt(Mention::line));
    }

    /** A name as quoted in a message: a very long one is cut short. */
    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= 30 ? name : name.substring(0, name.offsetByCodePoints(0, 30)) + "…";
    }

    public List<Department> registered() {
        return registered;
    }

    /** Registered departments in registry order, then unregistered ones met in content, by name. */
    public synchronized List<Department> all() {
        List<Department> all = new ArrayList<>(registered);
        all.addAll(unregistered.values());
        return all;
    }
}
