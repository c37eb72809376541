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
import jianbao.content.IssueTextCheck;
import jianbao.content.Problem;
import jianbao.content.Problems;
import jianbao.content.SourceText;

/**
 * The language check of government text: runs every kind of rule that is not off over the prose of
 * the issue files and reports what they find at its level, as {@code file:line:column}. The content
 * loader runs it on each issue file as it reads it; checks of equal settings are equal.
 */
public final class LanguageCheck implements IssueTextCheck {

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

    /**
     * The findings in {@code text}, an issue file's whole text, in the order of the file; dates later
     * than {@code issueDate} are looked for when it is given.
     */
    public List<Finding> findings(String text, Optional<LocalDate> issueDate) {
        List<LanguageRule> all = new ArrayList<>(rules);
        if (settings.level(FindingKind.LATER_DATES) != LanguageSettings.Level.OFF) {
            issueDate.ifPresent(date -> all.add(new LaterDates(date)));
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

    /** The problems of {@code text}, the text of the issue file {@code file} of the issue of {@code date}. */
    @Override
    public List<Problem> problems(Path file, String text, Optional<LocalDate> date) {
        return findings(text, date).stream().map(finding -> problem(file, finding)).flatMap(Optional::stream).toList();
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

    /**
     * The fixes of every issue file of {@code content} that has any, by file. A later date has no fix,
     * so the issue's date is not needed here.
     */
    public Map<Path, List<Finding.Fix>> fixes(Path content) {
        Map<Path, List<Finding.Fix>> fixes = new TreeMap<>();
        for (Path file : ContentLoader.issueFiles(content.resolve("issues"))) {
            SourceText.read(file, new Problems()).ifPresent(text -> {
                List<Finding.Fix> found = findings(text, Optional.empty()).stream()
                        .filter(f -> settings.level(f.kind()) != LanguageSettings.Level.OFF)
                        .flatMap(f -> f.fix().stream()).toList();
                if (!found.isEmpty()) {
                    fixes.put(file, found);
                }
            });
        }
        return fixes;
    }

    /** Checks of the same settings find the same problems. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageCheck check && check.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }
}
