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
        out.append("已导入第 ").append(issue.number()).append(" 期（").append(issue.date()).append("）→ ")
                .append(shown(target, relativeTo)).append('\n');
        out.append("读入：").append(shown(source, relativeTo)).append("（").append(result.form()).append("）\n");
        out.append("信息 ").append(issue.articleCount()).append(" 条，简讯 ").append(issue.briefCount()).append(" 条\n");
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
