package jianbao.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jianbao.content.ContentLoader;
import jianbao.content.FrontMatter;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.content.SourceText;

/**
 * The language check of government text: runs every kind of rule that is not off over the prose of
 * the issue files and reports what they find at its level, as {@code file:line:column}.
 */
public final class LanguageCheck {

    private final LanguageSettings settings;
    private final List<LanguageRule> rules = new ArrayList<>();

    public LanguageCheck(LanguageSettings settings) {
        this.settings = settings;
        add(FindingKind.LATIN_WORDS, new LatinWords(settings.allowedLatin()));
        add(FindingKind.MISTAKEN_FORMS, new MistakenForms(settings.mistakenForms().values()));
        add(FindingKind.STANDARD_EXPRESSIONS, new StandardExpressions(settings.standardExpressions()));
        add(FindingKind.PUNCTUATION, new Punctuation());
    }

    private void add(FindingKind kind, LanguageRule rule) {
        if (settings.level(kind) != LanguageSettings.Level.OFF) {
            rules.add(rule);
        }
    }

    /** The check as content/site.yaml and content/words.yaml set it; their problems go to {@code problems}. */
    public static LanguageCheck of(Path content, Problems problems) {
        return new LanguageCheck(LanguageSettings.load(content, problems));
    }

    /** The findings in {@code text}, an issue file's whole text, in the order of the file. */
    public List<Finding> findings(String text) {
        List<LanguageRule> all = new ArrayList<>(rules);
        if (settings.level(FindingKind.LATER_DATES) != LanguageSettings.Level.OFF) {
            issueDate(text).ifPresent(date -> all.add(new LaterDates(date)));
        }
        List<Finding> found = new ArrayList<>();
        if (all.isEmpty()) {
            return found;
        }
        for (ProseBlock block : IssueProse.blocks(text)) {
            all.forEach(rule -> rule.find(block, found));
        }
        found.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        return found;
    }

    /** The date of the front matter; empty if it cannot be read, which the content loader reports. */
    private static Optional<LocalDate> issueDate(String text) {
        Problems ignored = new Problems();
        return FrontMatter.parse(Path.of(""), text, ignored).flatMap(front -> front.date("date", "出刊日期"));
    }

    /** The problems of every issue file of {@code content}, in the order of files and lines. */
    public List<Problem> problems(Path content) {
        return problems(content, this::problems);
    }

    /** Checks the text of one issue file. */
    interface FileCheck {
        List<Problem> check(Path file, String text);
    }

    /** The problems of every issue file of {@code content}, each file's found by {@code check}. */
    List<Problem> problems(Path content, FileCheck check) {
        // A file that cannot be read is reported by the content loader.
        return ContentLoader.issueFiles(content.resolve("issues")).parallelStream()
                .flatMap(file -> SourceText.read(file, new Problems()).map(text -> check.check(file, text)).orElse(List.of()).stream())
                .sorted().toList();
    }

    /** The problems of {@code text}, the text of the issue file {@code file}. */
    List<Problem> problems(Path file, String text) {
        return findings(text).stream().map(finding -> problem(file, finding)).flatMap(Optional::stream).toList();
    }

    private Optional<Problem> problem(Path file, Finding finding) {
        Problem.Severity severity = switch (settings.level(finding.kind())) {
            case ERROR -> Problem.Severity.ERROR;
            case WARNING -> Problem.Severity.WARNING;
            case OFF -> null;
        };
        return Optional.ofNullable(severity).map(s -> new Problem(s, file, finding.line(), finding.column(),
                finding.message() + "（原文：" + finding.excerpt() + "）"));
    }

    /** The fixes of every issue file of {@code content} that has any, by file. */
    public Map<Path, List<Finding.Fix>> fixes(Path content) {
        Map<Path, List<Finding.Fix>> fixes = new TreeMap<>();
        for (Path file : ContentLoader.issueFiles(content.resolve("issues"))) {
            SourceText.read(file, new Problems()).ifPresent(text -> {
                List<Finding.Fix> found = findings(text).stream()
                        .filter(f -> settings.level(f.kind()) != LanguageSettings.Level.OFF)
                        .flatMap(f -> f.fix().stream()).toList();
                if (!found.isEmpty()) {
                    fixes.put(file, found);
                }
            });
        }
        return fixes;
    }
}
