package jianbao.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Writes an imported issue as an issue source file in the form staff would write by hand:
 * front matter (number, kind, title, total, date, bulletin if it is not the site's, publisher,
 * recipients, distribution, footer lines, print run, editor), then the body in printed order:
 * editor's notes, {@code # 【section】} headings, {@code ## headline} with its subtitle, authors
 * and paragraphs for each article, and the briefs, separated by blank lines, in UTF-8 with LF line ends.
 */
public final class IssueSourceWriter {

    /** A paragraph start that Markdown would read as a heading, quote, list or rule instead of text. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^(?:#|>|[-+*](?:\\s|$)|-+$)");
    /** The heading of a numbered part, as the body reader writes it: ### 一、基本情况. */
    private static final Pattern PART_HEADING = Pattern.compile("^### [一二三四五六七八九十]{1,3}、.+$");
    private static final Pattern ORDERED_LIST_MARK = Pattern.compile("^(\\d{1,9})([.)](?:\\s|$))");

    private IssueSourceWriter() {
    }

    /**
     * Where the issue's source goes in {@code contentDir}: issues/YYYY/NNN.md, or
     * issues/YYYY/NNN/index.md if the issue is already kept as a folder.
     */
    public static Path target(Path contentDir, ImportedIssue issue) {
        Path year = contentDir.resolve("issues").resolve(Integer.toString(issue.year()));
        String slug = issue.kind().slug();
        String number = (slug.isEmpty() ? "" : slug + "-") + String.format("%03d", issue.number());
        Path folder = year.resolve(number).resolve("index.md");
        return Files.exists(folder) ? folder : year.resolve(number + ".md");
    }

    /**
     * The issue source text.
     *
     * @param siteTitle the bulletin name of content/site.yaml; the masthead's name is written only
     *                  if it differs
     */
    public static String render(ImportedIssue issue, String siteTitle) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("number: ").append(issue.number()).append('\n');
        field(out, "kind", issue.kindWord());
        field(out, "title", issue.title());
        if (issue.total() > 0) {
            out.append("total: ").append(issue.total()).append('\n');
        }
        out.append("date: ").append(issue.date()).append('\n');
        if (!issue.bulletin().isEmpty() && !issue.bulletin().equals(siteTitle)) {
            field(out, "bulletin", issue.bulletin());
        }
        field(out, "publisher", issue.publisher());
        field(out, "recipients", issue.footer().recipients());
        field(out, "distribution", issue.footer().distribution());
        if (!issue.footer().lines().isEmpty()) {
            out.append("footer:\n");
            issue.footer().lines().forEach(line -> out.append("  ").append(line.word()).append(": ")
                    .append(yamlScalar(line.recipients())).append('\n'));
        }
        if (issue.footer().printRun() > 0) {
            out.append("print_run: ").append(issue.footer().printRun()).append('\n');
        }
        field(out, "editor", issue.footer().editor());
        out.append("---\n");
        List<String> blocks = new ArrayList<>();
        for (ImportedEntry entry : issue.entries()) {
            if (entry instanceof ImportedEntry.Article article) {
                blocks.add("## " + article.headline());
                if (!article.subtitle().isEmpty()) {
                    blocks.add("——" + article.subtitle());
                }
                if (!article.authors().isEmpty()) {
                    blocks.add("作者：" + String.join("、", article.authors()));
                }
                article.paragraphs().forEach(paragraph -> blocks.add(PART_HEADING.matcher(paragraph).matches()
                        ? paragraph : asText(paragraph)));
            } else if (entry instanceof ImportedEntry.Brief brief) {
                blocks.add(brief.text());
            } else if (entry instanceof ImportedEntry.Section section) {
                blocks.add("# 【" + section.name() + "】");
            } else if (entry instanceof ImportedEntry.Note note) {
                blocks.add(note.label() + "：" + note.text());
            }
        }
        blocks.forEach(block -> out.append('\n').append(block).append('\n'));
        return out.toString();
    }

    /** Writes {@code source} to {@code target} whole or not at all, creating its folders. */
    public static void write(Path target, String source) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + target.getFileName() + ".importing");
        try {
            Files.writeString(temporary, source, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void field(StringBuilder out, String key, String value) {
        if (!value.isEmpty()) {
            out.append(key).append(": ").append(yamlScalar(value)).append('\n');
        }
    }

    /** {@code value} as YAML reads it back: plain where that works, else in double quotes. */
    private static String yamlScalar(String value) {
        try {
            Object read = new Yaml(new SafeConstructor(new LoaderOptions())).load(value);
            if (value.equals(read)) {
                return value;
            }
        } catch (YAMLException notPlain) {
            // quoted below
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The paragraph, with a backslash where Markdown would otherwise read its start as markup. */
    private static String asText(String paragraph) {
        if (BLOCK_MARK.matcher(paragraph).find()) {
            return "\\" + paragraph;
        }
        return ORDERED_LIST_MARK.matcher(paragraph).replaceFirst("$1\\\\$2");
    }
}
