package jianbao.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianbao.content.DepartmentRegistry;
import jianbao.model.Department;

/**
 * The short report printed after an import, for the person publishing the issue: what was read,
 * the source departments (marking those the registry does not know), and every place where the
 * importer had to guess, as file:line so that an editor can jump there.
 */
public final class ImportReport {

    private ImportReport() {
    }

    /**
     * The report, one item a line.
     *
     * @param source     the file imported
     * @param target     the issue source file written
     * @param relativeTo the folder paths are shown relative to, usually the working directory
     */
    public static String format(ImportResult result, Path source, Path target, DepartmentRegistry registry,
                                Path relativeTo) {
        ImportedIssue issue = result.issue();
        StringBuilder out = new StringBuilder();
        out.append("已导入").append(issue.kindWord()).append("第 ").append(issue.number()).append(" 期（").append(issue.date()).append("）→ ")
                .append(shown(target, relativeTo)).append('\n');
        out.append("读入：").append(shown(source, relativeTo)).append("（").append(result.form()).append("）\n");
        if (!issue.title().isEmpty() || issue.total() > 0) {
            out.append("刊头：").append(issue.title().isEmpty() ? "" : issue.kindWord() + "：" + issue.title())
                    .append(issue.title().isEmpty() || issue.total() == 0 ? "" : "，")
                    .append(issue.total() > 0 ? "总第 " + issue.total() + " 期" : "").append('\n');
        }
        out.append("信息 ").append(issue.articleCount()).append(" 条，简讯 ").append(issue.briefCount()).append(" 条\n");
        parts(out, issue);
        List<String> departments = issue.departments();
        out.append("供稿单位 ").append(departments.size()).append(" 个：\n");
        for (String name : departments) {
            out.append("  ").append(name).append(registryNote(name, registry)).append('\n');
        }
        List<Guess> guesses = result.guesses();
        if (guesses.isEmpty()) {
            out.append("没有需要核对的地方。\n");
        } else {
            out.append("需要核对的地方 ").append(guesses.size()).append(" 处：\n");
            for (Guess guess : guesses) {
                out.append("  ").append(shown(source, relativeTo)).append(':').append(guess.line()).append(": ")
                        .append(guess.message()).append('\n');
            }
        }
        return out.toString();
    }

    /** The parts beyond articles and briefs that were found: notes, sections, subtitles, authors, numbered parts, footer. */
    private static void parts(StringBuilder out, ImportedIssue issue) {
        for (ImportedEntry.Note note : issue.notes()) {
            out.append(note.label()).append("：第 ").append(note.line()).append(" 行起\n");
        }
        if (!issue.sections().isEmpty()) {
            out.append("栏目 ").append(issue.sections().size()).append(" 个：")
                    .append(String.join("、", issue.sections().stream().map(s -> "【" + s.name() + "】").toList())).append('\n');
        }
        long subtitles = issue.articles().stream().filter(a -> !a.subtitle().isEmpty()).count();
        if (subtitles > 0) {
            out.append("副标题 ").append(subtitles).append(" 个\n");
        }
        List<String> authors = issue.articles().stream().flatMap(a -> a.authors().stream()).distinct().toList();
        if (!authors.isEmpty()) {
            out.append("作者：").append(String.join("、", authors)).append('\n');
        }
        long parts = issue.articles().stream().flatMap(a -> a.paragraphs().stream()).filter(p -> p.startsWith("### ")).count();
        if (parts > 0) {
            out.append("分部分的小标题（一、二、三、）").append(parts).append(" 个\n");
        }
        if (!issue.footer().lines().isEmpty()) {
            out.append("页脚：").append(String.join("、", issue.footer().lines().stream().map(l -> l.word() + "：").toList()))
                    .append(issue.footer().printRun() > 0 ? "，共印 " + issue.footer().printRun() + " 份" : "").append('\n');
        } else if (issue.footer().printRun() > 0) {
            out.append("印数：共印 ").append(issue.footer().printRun()).append(" 份\n");
        }
    }

    private static String registryNote(String name, DepartmentRegistry registry) {
        Optional<Department> known = registry.find(name);
        if (known.isEmpty()) {
            return "  ※ 不在部门名录 departments.yaml 中：请核对名称，或在名录中登记";
        }
        return known.get().name().equals(name) ? "" : "（名录中“" + known.get().name() + "”的别名）";
    }

    private static Path shown(Path file, Path relativeTo) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = relativeTo.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : file;
    }
}
