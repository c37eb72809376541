import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a jianbao content folder into the content and configuration of an equivalent Hugo site,
 * for the benchmark: a section per year (not rendered), a section per issue listing its articles
 * in full with its briefs, a page per article, free pages, and a {@code departments} taxonomy
 * whose terms (ASCII slugs, with the registry's name and kind) are paginated and have an RSS feed.
 *
 * <p>Departments are resolved through departments.yaml (aliases included) here, once, because
 * Hugo has no notion of aliases of a term. The layouts live in bench/hugo/layouts; bench/run.sh
 * copies them and the default theme's static files beside the content written here.
 *
 * <p>It reads only what the benchmark archives and the sample site use: {@code key: value} front
 * matter, the flat departments.yaml list, ## articles and △ briefs with trailing （来源）.
 *
 * <pre>java bench/src/HugoSiteConverter.java CONTENT_DIR HUGO_DIR BASE_URL</pre>
 */
public final class HugoSiteConverter {

    private static final Pattern ISSUE_FILE = Pattern.compile("(\\d{4})/(\\d{1,4})(\\.md|/index\\.md)");
    private static final Pattern TRAILING_SOURCE = Pattern.compile("[（(]([^（）()]*)[）)]\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;]");
    private static final Pattern RELATIVE_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((?![a-zA-Z][a-zA-Z0-9+.-]*:|/)([^)]+)\\)");

    record Department(String name, String slug, String kind, List<String> aliases) {
    }

    record Article(String headline, String markdown, List<Department> departments) {
    }

    record Brief(String markdown, List<Department> departments) {
    }

    record Issue(int year, int number, Map<String, String> front, List<Article> articles, List<Brief> briefs,
                 List<Path> attachments) {
    }

    private final Map<String, Department> byName = new LinkedHashMap<>();
    private final List<Department> departments = new ArrayList<>();
    private String basePath = "/";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/src/HugoSiteConverter.java CONTENT_DIR HUGO_DIR BASE_URL");
            System.exit(2);
        }
        new HugoSiteConverter().convert(Path.of(args[0]), Path.of(args[1]), args[2]);
    }

    void convert(Path content, Path hugo, String baseUrl) throws IOException {
        basePath = java.net.URI.create(baseUrl).getRawPath();
        Map<String, String> site = keyValues(Files.readString(content.resolve("site.yaml")));
        readDepartments(content.resolve("departments.yaml"));
        List<Issue> issues = new ArrayList<>();
        Path issuesDir = content.resolve("issues");
        try (Stream<Path> walk = Files.walk(issuesDir)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = ISSUE_FILE.matcher(issuesDir.relativize(file).toString().replace('\\', '/'));
                if (m.matches()) {
                    issues.add(readIssue(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            m.group(3).equals("/index.md")));
                }
            }
        }
        issues.sort(Comparator.comparing((Issue i) -> i.year).thenComparing(i -> i.number).reversed());

        Path out = hugo.resolve("content");
        write(hugo.resolve("config.toml"), config(site, baseUrl));
        write(out.resolve("_index.md"), front(Map.of("title", site.getOrDefault("title", ""))));
        write(out.resolve("issues/_index.md"), front(Map.of("title", "往期")));
        write(out.resolve("departments/_index.md"), front(Map.of("title", "供稿单位")));
        for (Department d : departments) {
            write(out.resolve("departments/" + d.slug + "/_index.md"), front(ordered("title", d.name, "kind", d.kind)));
        }
        int weight = 0;
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        for (Issue issue : issues) {
            years.add(issue.year);
            Path dir = out.resolve("issues/" + issue.year + "/" + issue.number);
            Map<String, Object> fields = ordered("title", site.getOrDefault("title", "") + " " + issue.year + "年第" + issue.number + "期",
                    "date", issue.front.get("date"), "type", "issue", "weight", weight + 1, "year", issue.year,
                    "number", issue.number, "briefs", issue.briefs.size(),
                    "publisher", issue.front.getOrDefault("publisher", site.getOrDefault("publisher", "")),
                    "recipients", issue.front.getOrDefault("recipients", ""),
                    "distribution", issue.front.getOrDefault("distribution", ""),
                    "editor", issue.front.getOrDefault("editor", ""),
                    "departments", slugs(issue.briefs.stream().flatMap(b -> b.departments.stream()).distinct().toList()));
            StringBuilder briefs = new StringBuilder();
            for (Brief brief : issue.briefs) {
                briefs.append("△ ").append(brief.markdown).append("（").append(links(brief.departments)).append("）\n\n");
            }
            write(dir.resolve("_index.md"), front(fields) + briefs);
            int position = 0;
            for (Article article : issue.articles) {
                position++;
                weight++;
                String body = RELATIVE_IMAGE.matcher(article.markdown)
                        .replaceAll(r -> Matcher.quoteReplacement("![" + r.group(1) + "](" + basePath + "issues/"
                                + issue.year + "/" + issue.number + "/" + r.group(2) + ")"));
                write(dir.resolve(position + ".md"), front(ordered("title", article.headline, "date", issue.front.get("date"),
                        "weight", weight, "departments", slugs(article.departments))) + body + "\n");
            }
            for (Path attachment : issue.attachments) {
                Path target = dir.resolve(attachment.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(attachment, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (int year : years) {
            write(out.resolve("issues/" + year + "/_index.md"), front(ordered("title", String.valueOf(year),
                    "_build", Map.of("render", "never"))));
        }
        Path pages = content.resolve("pages");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> list = Files.list(pages)) {
                for (Path page : list.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String name = page.getFileName().toString().replaceFirst("\\.md$", "");
                    String text = Files.readString(page);
                    String[] parts = splitFront(text);
                    Map<String, String> fm = keyValues(parts[0]);
                    write(out.resolve(name + ".md"), front(ordered("title", fm.getOrDefault("title", name),
                            "description", fm.getOrDefault("description", ""), "layout", "page", "url", "/" + name + "/"))
                            + parts[1]);
                }
            }
        }
    }

    private String config(Map<String, String> site, String baseUrl) {
        StringBuilder kinds = new StringBuilder();
        departments.stream().map(d -> d.kind).distinct().forEach(k -> kinds.append(kinds.length() > 0 ? ", " : "").append(quote(k)));
        return """
                baseURL = %s
                languageCode = "zh-CN"
                title = %s
                timeZone = "Asia/Shanghai"
                hasCJKLanguage = true
                paginate = %s
                rssLimit = 20
                enableRobotsTXT = true
                disableHugoGeneratorInject = true

                [taxonomies]
                department = "departments"

                [outputs]
                home = ["HTML"]
                section = ["HTML"]
                taxonomy = ["HTML"]
                term = ["HTML", "RSS"]

                [params]
                publisher = %s
                description = %s
                kinds = [%s]
                """.formatted(quote(baseUrl), quote(site.getOrDefault("title", "")), site.getOrDefault("items_per_page", "20"),
                quote(site.getOrDefault("publisher", "")), quote(site.getOrDefault("description", "")), kinds);
    }

    private Issue readIssue(Path file, int year, int number, boolean folder) throws IOException {
        String[] parts = splitFront(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", ""));
        Map<String, String> front = keyValues(parts[0]);
        List<Article> articles = new ArrayList<>();
        List<Brief> briefs = new ArrayList<>();
        String headline = null;
        List<String> blocks = new ArrayList<>();
        for (String block : parts[1].split("\n\\s*\n")) {
            block = block.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (block.startsWith("## ")) {
                if (headline != null) {
                    articles.add(article(headline, blocks));
                }
                headline = block.substring(3).strip();
                blocks = new ArrayList<>();
            } else if (block.startsWith("△")) {
                String text = block.substring(1).strip();
                Matcher m = TRAILING_SOURCE.matcher(text);
                briefs.add(m.find() ? new Brief(text.substring(0, m.start()).strip(), resolve(m.group(1))) : new Brief(text, List.of()));
            } else if (headline != null) {
                blocks.add(block);
            }
        }
        if (headline != null) {
            articles.add(article(headline, blocks));
        }
        List<Path> attachments = new ArrayList<>();
        if (folder) {
            try (Stream<Path> list = Files.list(file.getParent())) {
                list.filter(p -> !p.getFileName().toString().equals("index.md")).sorted().forEach(attachments::add);
            }
        }
        return new Issue(year, number, front, articles, briefs, attachments);
    }

    private Article article(String headline, List<String> blocks) {
        List<Department> sources = List.of();
        if (!blocks.isEmpty()) {
            String last = blocks.get(blocks.size() - 1);
            Matcher m = TRAILING_SOURCE.matcher(last);
            if (m.find()) {
                sources = resolve(m.group(1));
                blocks.set(blocks.size() - 1, last.substring(0, m.start()).strip());
            }
        }
        return new Article(headline, String.join("\n\n", blocks), sources);
    }

    private List<Department> resolve(String names) {
        List<Department> found = new ArrayList<>();
        for (String name : SEPARATOR.split(names)) {
            String key = name.strip();
            if (key.isEmpty()) {
                continue;
            }
            Department d = byName.get(key);
            if (d == null) {
                d = new Department(key, "dept-" + Integer.toHexString(key.hashCode()), "", List.of());
                byName.put(key, d);
                departments.add(d);
            }
            if (!found.contains(d)) {
                found.add(d);
            }
        }
        return found;
    }

    private void readDepartments(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, String> fields = null;
        List<Map<String, String>> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.startsWith("-")) {
                fields = new LinkedHashMap<>();
                entries.add(fields);
                line = line.substring(1);
            }
            int colon = line.indexOf(':');
            if (fields != null && colon > 0) {
                fields.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            }
        }
        for (Map<String, String> e : entries) {
            String aliases = e.getOrDefault("aliases", "").replaceAll("^\\[|]$", "");
            List<String> list = aliases.isBlank() ? List.of()
                    : Stream.of(aliases.split(",")).map(String::strip).map(HugoSiteConverter::unquote).toList();
            Department d = new Department(e.get("name"), e.get("slug"), e.getOrDefault("kind", ""), list);
            departments.add(d);
            byName.put(d.name, d);
            list.forEach(alias -> byName.putIfAbsent(alias, d));
        }
    }

    private String links(List<Department> list) {
        StringBuilder out = new StringBuilder();
        for (Department d : list) {
            out.append(out.length() > 0 ? "、" : "").append('[').append(d.name).append("](")
                    .append(basePath).append("departments/").append(d.slug).append("/)");
        }
        return out.toString();
    }

    private static List<String> slugs(List<Department> list) {
        return list.stream().map(Department::slug).toList();
    }

    private static String[] splitFront(String text) {
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end > 0) {
                int bodyStart = text.indexOf('\n', end + 4);
                return new String[] {text.substring(4, end), bodyStart < 0 ? "" : text.substring(bodyStart + 1)};
            }
        }
        return new String[] {"", text};
    }

    private static Map<String, String> keyValues(String yaml) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : yaml.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#") && !line.startsWith(" ")) {
                String value = line.substring(colon + 1).strip();
                int comment = value.indexOf(" #");
                map.put(line.substring(0, colon).strip(), unquote(comment >= 0 ? value.substring(0, comment).strip() : value));
            }
        }
        return map;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** YAML front matter; strings are JSON-quoted, which YAML reads as they are. */
    private static String front(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((key, value) -> out.append(key).append(": ").append(yaml(value)).append('\n'));
        return out.append("---\n").toString();
    }

    private static String yaml(Object value) {
        if (value instanceof Number) {
            return value.toString();
        } else if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? ", " : "").append(yaml(v)));
            return out.append(']').toString();
        } else if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append(": ").append(yaml(v)));
            return out.append('}').toString();
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
