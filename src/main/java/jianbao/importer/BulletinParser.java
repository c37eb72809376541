package jianbao.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jianbao.content.ClassificationMarks;
import jianbao.content.Problems;
import jianbao.model.Footer;

/**
 * Understands the paragraphs of a bulletin as one issue: the masthead, then articles and briefs
 * (with section headings and editor's notes), then the footer from the first 本期送：, 报：, 发： or
 * 责任编辑： line on. A bulletin marked 内部资料 or classified is refused.
 */
public final class BulletinParser {

    private BulletinParser() {
    }

    /**
     * The issue in {@code source}, read from {@code file}; empty after adding to {@code problems}
     * everything that keeps it from being understood.
     */
    public static Optional<ImportResult> parse(BulletinSource source, Path file, Problems problems) {
        List<SourceParagraph> paragraphs = source.paragraphs();
        if (refusedAsMarked(paragraphs, file, problems)) {
            return Optional.empty();
        }
        List<Guess> guesses = new ArrayList<>();
        Masthead masthead = Masthead.read(paragraphs, file, problems, guesses);
        int footerAt = masthead.end();
        while (footerAt < paragraphs.size() && !FooterReader.startsFooter(paragraphs.get(footerAt).text())) {
            footerAt++;
        }
        List<SourceParagraph> body = paragraphs.subList(masthead.end(), footerAt);
        int problemsBefore = problems.all().size();
        List<ImportedEntry> entries = BodyReader.read(body, file, problems, guesses);
        if (entries.isEmpty() && problems.all().size() == problemsBefore) {
            int line = footerAt < paragraphs.size() ? paragraphs.get(footerAt).line() : lastLine(paragraphs);
            problems.error(file, line, "找不到任何一条信息：刊头之后、页脚（本期送：…）之前应是一条条信息，"
                    + "每条以标题开头、标题后空一格接正文；简讯以 △ 开头。");
        }
        List<SourceParagraph> footerLines = paragraphs.subList(footerAt, paragraphs.size());
        Footer footer = FooterReader.read(footerLines, guesses);
        if (footer.lines().isEmpty()) {
            missing(footer.recipients(), "本期送：", paragraphs, guesses);
            missing(footer.distribution(), "发：", paragraphs, guesses);
        }
        missing(footer.editor(), "责任编辑：", paragraphs, guesses);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        guesses.sort(Comparator.comparingInt(Guess::line));
        ImportedIssue issue = new ImportedIssue(masthead.bulletin(), masthead.kind(), masthead.kindWord(), masthead.title(),
                masthead.number().orElseThrow(), masthead.total(), masthead.date().orElseThrow(), masthead.publisher(),
                entries, footer);
        return Optional.of(new ImportResult(issue, source.form(), guesses));
    }

    /**
     * A bulletin marked 内部资料 or classified (秘密, 机密, 绝密) is never published, so it is not
     * imported at all: every marked line is reported and nothing is read further.
     */
    private static boolean refusedAsMarked(List<SourceParagraph> paragraphs, Path file, Problems problems) {
        boolean marked = false;
        for (SourceParagraph paragraph : paragraphs) {
            Optional<String> marking = ClassificationMarks.in(paragraph.text().replace("**", ""));
            if (marking.isPresent()) {
                problems.error(file, paragraph.line(), "这份简报标有“" + marking.get() + "”：内部资料和涉密（秘密、机密、绝密）"
                        + "简报一律不得在网站上发布，因此不予导入。");
                marked = true;
            }
        }
        return marked;
    }

    private static void missing(String value, String label, List<SourceParagraph> paragraphs, List<Guess> guesses) {
        if (value.isEmpty()) {
            guesses.add(new Guess(lastLine(paragraphs), "页脚中没有“" + label + "”，这一项空着"));
        }
    }

    private static int lastLine(List<SourceParagraph> paragraphs) {
        return paragraphs.isEmpty() ? 1 : paragraphs.get(paragraphs.size() - 1).line();
    }
}
