package jianbao.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.content.Problems;

/**
 * Reads the articles and briefs between the masthead and the footer. Text taken from a printed
 * issue cuts a paragraph wherever a page ends, even inside a word ({@code 经营主} / {@code 体发展});
 * a paragraph that does not end a sentence is joined with the next one unless that one clearly
 * starts a new article, a brief or the footer. Each join is reported as a guess.
 *
 * <p>Other bulletins add section headings on lines of their own (【工作动态】), editor's notes
 * (编者按：…, 按：…), a subtitle (——…) and authors (作者：…) under a headline on a line of its own,
 * and, in a single-topic issue, numbered parts (一、基本情况) inside the one article.
 */
final class BodyReader {

    private static final String BRIEF_MARKS = "△▲";
    private static final String SENTENCE_END = "。！？!?…";
    private static final String CLOSING_QUOTES = "”’」』\"'";
    private static final Pattern TRAILING_SOURCE = Pattern.compile("[（(]([^（）()]*)[）)]$");
    private static final Pattern DEPARTMENT_SEPARATOR = Pattern.compile("[、，,；;]");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?U)[-—–－~～\\s]*\\d{1,3}[-—–－~～\\s]*|第\\s*\\d+\\s*页.*");
    /** A line drawn with dashes or similar, such as the rule above the footer. */
    static final Pattern RULE = Pattern.compile("(?U)[\\s\\-—─━–－_＿=＝~～·•*]+");
    private static final int QUOTED = 8;
    /** A section heading (栏目) on a line of its own: 【工作动态】. */
    private static final Pattern SECTION = Pattern.compile("(?U)^\\s*【\\s*([^】]{1,20}?)\\s*】\\s*$");
    /** An editor's note: 编者按：, 按语： or 按： at the start of a paragraph. */
    private static final Pattern NOTE = Pattern.compile("(?U)^(编者按|按语|按)\\s*[：:]\\s*");
    private static final Pattern SUBTITLE = Pattern.compile("(?U)^(?:——|--|副标题\\s*[：:])\\s*(.+)$");
    private static final Pattern AUTHORS = Pattern.compile("(?U)^[（(]?\\s*作\\s*者\\s*[：:]\\s*([^）)]*)[）)]?$");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("(?U)[、，,；;\\s]+");
    /** The heading of a numbered part of a single-topic issue: 一、基本情况, short and without a full stop. */
    private static final Pattern PART = Pattern.compile("(?U)^[一二三四五六七八九十]{1,3}、[^。！？!?]{1,30}$");

    /** How a paragraph ends. */
    private enum Ending {
        /** With the source departments after the last sentence: the entry is complete. */
        SOURCE,
        /** With a full stop: another paragraph of the same article may follow. */
        SENTENCE,
        /** In the middle of a sentence, most often cut by a page break. */
        OPEN
    }

    private final Path file;
    private final Problems problems;
    private final List<Guess> guesses;
    private final List<ImportedEntry> entries = new ArrayList<>();

    private BodyReader(Path file, Problems problems, List<Guess> guesses) {
        this.file = file;
        this.problems = problems;
        this.guesses = guesses;
    }

    /** The entries read from {@code body}; paragraphs it cannot place are added to {@code problems}. */
    static List<ImportedEntry> read(List<SourceParagraph> body, Path file, Problems problems, List<Guess> guesses) {
        BodyReader reader = new BodyReader(file, problems, guesses);
        reader.readAll(body);
        return List.copyOf(reader.entries);
    }

    /**
     * An article or brief while its paragraphs are collected. An article's headline is found once
     * its first paragraph is whole again, since a page break may fall before the body starts.
     */
    private static final class Draft {
        final boolean brief;
        final int line;
        String headline;
        final List<String> paragraphs = new ArrayList<>();
        int lastLine;
        /** 编者按, 按语 or 按 when this is an editor's note rather than an entry. */
        String noteLabel;
        String subtitle = "";
        List<String> authors = List.of();

        Draft(boolean brief, int line, String headline) {
            this.brief = brief;
            this.line = line;
            this.headline = headline;
            this.lastLine = line;
        }

        static Draft note(SourceParagraph paragraph, String label, String text) {
            Draft note = new Draft(false, paragraph.line(), label);
            note.noteLabel = label;
            note.add(paragraph, text);
            return note;
        }

        void add(SourceParagraph paragraph, String text) {
            paragraphs.add(text);
            lastLine = paragraph.line();
        }

        String last() {
            return paragraphs.get(paragraphs.size() - 1);
        }

        /** A headline that stood on a line of its own, before its body has been read. */
        boolean awaitsBody() {
            return !brief && noteLabel == null && headline != null && paragraphs.isEmpty();
        }

        /** An article's last paragraph is the heading of a numbered part, which its text follows. */
        boolean inPartHeading() {
            return !brief && noteLabel == null && !paragraphs.isEmpty() && last().startsWith("### ");
        }

        Ending ending() {
            return paragraphs.isEmpty() ? Ending.OPEN : BodyReader.ending(last());
        }

        String what() {
            return brief ? "简讯" : headline == null ? "这条信息" : "信息“" + headline + "”";
        }
    }

    private void readAll(List<SourceParagraph> body) {
        Draft current = null;
        for (int i = 0; i < body.size(); i++) {
            SourceParagraph paragraph = body.get(i);
            String text = paragraph.text();
            if (RULE.matcher(text).matches()) {
                continue;
            }
            if (PAGE_NUMBER.matcher(text).matches()) {
                guesses.add(new Guess(paragraph.line(), "“" + text + "”像是页码，已去掉"));
                continue;
            }
            String plain = text.replace("**", "").strip();
            Matcher section = SECTION.matcher(plain);
            Matcher note = NOTE.matcher(plain);
            if (section.matches() || note.find()) {
                finish(withHeadline(current));
                current = null;
                if (section.matches()) {
                    entries.add(new ImportedEntry.Section(paragraph.line(), section.group(1)));
                } else {
                    current = Draft.note(paragraph, note.group(1), text.replace("**", "").strip().substring(note.end()));
                }
                continue;
            }
            if (current != null && current.awaitsBody() && current.authors.isEmpty() && current.subtitle.isEmpty()
                    && SUBTITLE.matcher(plain).matches()) {
                Matcher subtitle = SUBTITLE.matcher(plain);
                current.subtitle = subtitle.matches() ? subtitle.group(1).strip() : "";
                continue;
            }
            if (current != null && current.awaitsBody() && current.authors.isEmpty() && AUTHORS.matcher(plain).matches()) {
                Matcher authors = AUTHORS.matcher(plain);
                current.authors = authors.matches() ? List.of(AUTHOR_SEPARATOR.split(authors.group(1).strip())) : List.of();
                continue;
            }
            if (current != null && !current.brief && current.noteLabel == null && current.headline != null
                    && current.ending() != Ending.SOURCE && PART.matcher(plain).matches()) {
                current.add(paragraph, "### " + plain);
                continue;
            }
            if (current != null && current.inPartHeading() && !isBrief(text)) {
                current.add(paragraph, text);
                continue;
            }
            if (current != null && current.awaitsBody() && !isBrief(text)) {
                current.add(paragraph, text);
                continue;
            }
            if (current != null && !isBrief(text) && joinedIfCut(current, paragraph)) {
                continue;
            }
            current = withHeadline(current);
            if (isBrief(text)) {
                finish(current);
                current = new Draft(true, paragraph.line(), null);
                current.add(paragraph, briefText(text));
            } else if (current != null && !current.brief && current.ending() == Ending.SENTENCE && !startsArticle(body, i)) {
                guesses.add(new Guess(paragraph.line(), current.what() + "在这里另起一段；如果原稿中这是同一段"
                        + "（分页恰好断在句末），请把两段接上"));
                current.add(paragraph, text);
            } else {
                finish(current);
                current = start(body, i);
            }
        }
        finish(withHeadline(current));
    }

    /**
     * Joins {@code paragraph} to the last one of {@code current} if that stops in the middle of a
     * sentence, unless {@code paragraph} clearly starts a new article (an article whose headline
     * is not found yet always takes it).
     */
    private boolean joinedIfCut(Draft current, SourceParagraph paragraph) {
        if (current.ending() != Ending.OPEN) {
            return false;
        }
        Optional<HeadlineBoundary.Split> split = HeadlineBoundary.find(paragraph.text());
        if (split.isPresent() && split.get().strong() && (current.brief || current.headline != null)) {
            if (!TRAILING_SOURCE.matcher(current.last()).find()) {
                guesses.add(new Guess(current.lastLine, current.what() + "的这一段没有以句号结尾，但下一段像是新一条信息“"
                        + split.get().headline() + "”的开头，所以没有接上；请核对是否缺了文字"));
            }
            return false;
        }
        String last = current.last();
        String next = paragraph.text();
        String glue = isLatinLetter(last.charAt(last.length() - 1)) && isLatinLetter(next.charAt(0)) ? " " : "";
        guesses.add(new Guess(current.lastLine, "“…" + tail(last) + "”与下一段“" + head(next)
                + "…”接成了一段（多半是分页断开的）"));
        current.paragraphs.set(current.paragraphs.size() - 1, last + glue + next);
        current.lastLine = paragraph.line();
        return true;
    }

    /**
     * Whether {@code body[i]}, after a paragraph that ends a sentence but names no source, starts a
     * new article rather than continuing the same one.
     */
    private static boolean startsArticle(List<SourceParagraph> body, int i) {
        Optional<HeadlineBoundary.Split> split = HeadlineBoundary.find(body.get(i).text());
        return split.isPresent() && (split.get().strong() || split.get().sure()) || standsAlone(body, i);
    }

    /**
     * A new article at {@code body[i]}. Its headline is split off now if that is clear; otherwise
     * once the paragraph has been joined with what a page break may have cut from it.
     */
    private Draft start(List<SourceParagraph> body, int i) {
        SourceParagraph paragraph = body.get(i);
        Optional<HeadlineBoundary.Split> split = HeadlineBoundary.find(paragraph.text());
        if (split.isPresent() && split.get().strong()) {
            return article(paragraph, split.get());
        }
        if (standsAlone(body, i)) {
            return new Draft(false, paragraph.line(), paragraph.text().replace("**", "").strip());
        }
        Draft draft = new Draft(false, paragraph.line(), null);
        draft.add(paragraph, paragraph.text());
        return draft;
    }

    /** {@code draft} with its headline split off its first paragraph, or null after reporting that it has none. */
    private Draft withHeadline(Draft draft) {
        if (draft == null || draft.brief || draft.headline != null || draft.noteLabel != null) {
            return draft;
        }
        Optional<HeadlineBoundary.Split> split = HeadlineBoundary.find(draft.paragraphs.get(0));
        if (split.isEmpty()) {
            problems.error(file, draft.line, "找不到这一段的标题：每条信息应以标题开头，标题后空一格再接正文，"
                    + "如“区财政局扎实做好困难学生补助资金发放工作 一是…”；简讯以 △ 开头。");
            return null;
        }
        if (!split.get().sure()) {
            guesses.add(new Guess(draft.line, split.get().doubt()));
        }
        draft.headline = split.get().headline();
        draft.paragraphs.set(0, split.get().body());
        return draft;
    }

    /**
     * Whether {@code body[i]} is a headline on a line of its own: short, without punctuation or
     * spaces, and followed by a paragraph that reads like the start of a body, not like the rest
     * of a line cut short or the start of another article.
     */
    private static boolean standsAlone(List<SourceParagraph> body, int i) {
        String text = body.get(i).text().replace("**", "");
        if (i + 1 >= body.size() || !HeadlineBoundary.couldStandAlone(text) || text.contains("一是")
                || text.codePoints().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int after = i + 1;
        while (after + 1 < body.size() && isByline(body.get(after).text())) {
            after++;
        }
        if (after > i + 1 || PART.matcher(body.get(after).text().replace("**", "").strip()).matches()) {
            return true;
        }
        String next = body.get(after).text();
        Optional<HeadlineBoundary.Split> nextSplit = HeadlineBoundary.find(next);
        return !isBrief(next) && HeadlineBoundary.hasSentencePunctuation(next)
                && (nextSplit.isEmpty() || !nextSplit.get().strong());
    }

    /** A subtitle or author line, which follows a headline on a line of its own. */
    private static boolean isByline(String text) {
        String plain = text.replace("**", "").strip();
        return SUBTITLE.matcher(plain).matches() || AUTHORS.matcher(plain).matches();
    }

    private static boolean isBrief(String text) {
        String unmarked = text.startsWith("**") ? text.substring(2) : text;
        return !unmarked.isEmpty() && BRIEF_MARKS.indexOf(unmarked.charAt(0)) >= 0;
    }

    /** The brief as written in an issue source: “△ ” and the text, even where the mark was printed in bold. */
    private static String briefText(String text) {
        if (text.startsWith("**")) {
            String rest = text.substring(3).stripLeading();
            return rest.startsWith("**") ? "△ " + rest.substring(2).strip() : "△ **" + rest;
        }
        return "△ " + text.substring(1).strip();
    }

    private Draft article(SourceParagraph paragraph, HeadlineBoundary.Split split) {
        if (!split.sure()) {
            guesses.add(new Guess(paragraph.line(), split.doubt()));
        }
        Draft draft = new Draft(false, paragraph.line(), split.headline());
        draft.add(paragraph, split.body());
        return draft;
    }

    private void finish(Draft draft) {
        if (draft == null) {
            return;
        }
        if (draft.noteLabel != null) {
            entries.add(new ImportedEntry.Note(draft.line, draft.noteLabel, String.join("", draft.paragraphs)));
            return;
        }
        if (draft.paragraphs.isEmpty()) {
            problems.error(file, draft.line, draft.what() + "只有标题，没有正文。");
            return;
        }
        List<String> paragraphs = new ArrayList<>(draft.paragraphs);
        List<String> departments = List.of();
        String last = draft.last();
        Matcher source = TRAILING_SOURCE.matcher(last);
        if (source.find()) {
            departments = Arrays.stream(DEPARTMENT_SEPARATOR.split(source.group(1)))
                    .map(name -> name.replaceAll("(?U)\\s+", "")).filter(name -> !name.isEmpty()).toList();
        }
        if (departments.isEmpty()) {
            guesses.add(new Guess(draft.lastLine, draft.what() + "末尾没有找到用括号注明的供稿单位，如（区财政局）"));
        } else {
            paragraphs.set(paragraphs.size() - 1,
                    last.substring(0, source.start()).stripTrailing() + "（" + String.join("、", departments) + "）");
        }
        entries.add(draft.brief
                ? new ImportedEntry.Brief(draft.line, paragraphs.get(0), departments)
                : new ImportedEntry.Article(draft.line, draft.headline, paragraphs, departments, draft.subtitle, draft.authors));
    }

    private static Ending ending(String paragraph) {
        String text = withoutClosingMarks(paragraph);
        Matcher source = TRAILING_SOURCE.matcher(text);
        if (source.find()) {
            String before = withoutClosingMarks(text.substring(0, source.start()));
            return !before.isEmpty() && SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0
                    ? Ending.SOURCE : Ending.OPEN;
        }
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0 ? Ending.SENTENCE : Ending.OPEN;
    }

    /** The text without trailing spaces, bold marks and closing quotes, which may follow a full stop. */
    private static String withoutClosingMarks(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '*'
                || CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - QUOTED));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), QUOTED));
    }
}
