package jianbao.importer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.content.Problems;
import jianbao.model.IssueKind;

/**
 * The masthead at the top of a printed issue: the bulletin's name, 第 45 期, the publisher and the
 * date, spread over a few lines or set on one, and for other bulletins the kind of issue (增刊,
 * 专刊：防汛工作) and the running total (总第 312 期). Text extraction adds spaces between digits and
 * Chinese (2024 年 8 月 9 日); they are ignored here.
 *
 * @param bulletin  the bulletin's name, or "" if none was printed
 * @param kindWord  增刊, 专刊 or 特刊 as printed, or "" for a regular issue
 * @param title     the own title printed after the kind (专刊：防汛工作), or ""
 * @param total     the running total, 0 if none was printed
 * @param publisher the publisher, or "" if none was printed
 * @param end       the index of the first paragraph after the masthead
 */
record Masthead(String bulletin, IssueKind kind, String kindWord, String title, Optional<Integer> number, int total,
                Optional<LocalDate> date, String publisher, int end) {

    private static final Pattern NUMBER = Pattern.compile("(?<!总)第(\\d{1,4})期");
    private static final Pattern TOTAL_NUMBER = Pattern.compile("总第(\\d+)期");
    /** 增刊, 专刊 or 特刊, perhaps in brackets, and an own title after a colon. */
    private static final Pattern KIND = Pattern.compile("[（(【〔]?(增刊|专刊|特刊)[）)】〕]?(?:[：:]《?([^》]+)》?)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:年(\\d{1,2})月(\\d{1,2})日|[-./](\\d{1,2})[-./](\\d{1,2}))");
    private static final Pattern FIELD_GAP = Pattern.compile("\\s{2,}|\\t");
    private static final Pattern NOTICE = Pattern.compile("内部|注意保存|秘密|机密");
    private static final String BODY_PUNCTUATION = "，。；！？,;!?";

    /**
     * Reads the masthead from the first paragraphs. A missing number or date is added to
     * {@code problems}; a line of the masthead that is not used is added to {@code guesses}.
     */
    static Masthead read(List<SourceParagraph> paragraphs, Path file, Problems problems, List<Guess> guesses) {
        int numberAt = -1;
        int dateAt = -1;
        Optional<Integer> number = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        String kindWord = "";
        String title = "";
        int total = 0;
        for (int i = 0; i < paragraphs.size() && looksLikeMasthead(paragraphs.get(i).text()); i++) {
            String compact = compact(paragraphs.get(i).text());
            Matcher k = KIND.matcher(compact);
            if (kindWord.isEmpty() && k.find()) {
                kindWord = k.group(1);
                title = k.group(2) == null ? "" : TOTAL_NUMBER.matcher(NUMBER.matcher(DATE.matcher(k.group(2)).replaceAll(""))
                        .replaceAll("")).replaceAll("");
            }
            Matcher t = TOTAL_NUMBER.matcher(compact);
            if (total == 0 && t.find()) {
                total = Integer.parseInt(t.group(1));
            }
            Matcher n = NUMBER.matcher(compact);
            if (numberAt < 0 && n.find()) {
                numberAt = i;
                number = Optional.of(Integer.parseInt(n.group(1)));
            }
            Matcher d = DATE.matcher(compact);
            if (dateAt < 0 && d.find()) {
                dateAt = i;
                date = date(d, paragraphs.get(i), file, problems);
            }
        }
        int end = Math.max(numberAt, dateAt) + 1;
        int firstLine = paragraphs.isEmpty() ? 1 : paragraphs.get(0).line();
        if (numberAt < 0) {
            problems.error(file, firstLine, "找不到期号：刊头（第一条信息之前）应有“第 45 期”这样的文字。");
        }
        if (dateAt < 0) {
            problems.error(file, firstLine, "找不到出刊日期：刊头（第一条信息之前）应有“2024 年 8 月 9 日”这样的日期。");
        }
        List<String> names = new ArrayList<>();
        for (SourceParagraph paragraph : paragraphs.subList(0, end)) {
            for (String piece : FIELD_GAP.split(Normalizer.normalize(paragraph.text(), Normalizer.Form.NFKC))) {
                String name = name(piece);
                if (!name.isEmpty()) {
                    names.add(name);
                    if (names.size() > 2) {
                        guesses.add(new Guess(paragraph.line(), "刊头中的“" + name + "”不是刊名、期号、主办单位或日期，没有用上"));
                    }
                }
            }
        }
        String bulletin = names.isEmpty() ? "" : names.get(0);
        String publisher = names.size() < 2 ? "" : names.get(1);
        IssueKind kind = kindWord.isEmpty() ? IssueKind.REGULAR : IssueKind.of(kindWord).orElseThrow();
        return new Masthead(bulletin, kind, kindWord, title, number, total, date, publisher, end);
    }

    private static boolean looksLikeMasthead(String text) {
        return text.length() <= HeadlineBoundary.MAX_HEADLINE && !text.startsWith("△")
                && text.chars().noneMatch(c -> BODY_PUNCTUATION.indexOf(c) >= 0);
    }

    /** The text without bold marks and spaces, with full-width digits made plain. */
    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("**", "").replaceAll("\\s+", "");
    }

    private static Optional<LocalDate> date(Matcher m, SourceParagraph paragraph, Path file, Problems problems) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            problems.error(file, paragraph.line(), "出刊日期“" + m.group() + "”不是真实存在的日期。");
            return Optional.empty();
        }
    }

    /** What is left of a piece of the masthead once the number and date are taken out; "" for a notice. */
    private static String name(String piece) {
        String rest = compact(piece);
        rest = TOTAL_NUMBER.matcher(rest).replaceAll("");
        rest = KIND.matcher(rest).replaceAll("");
        rest = NUMBER.matcher(rest).replaceAll("");
        rest = DATE.matcher(rest).replaceAll("");
        rest = rest.replaceAll("^[()（）\\[\\]【】〔〕]+|[()（）\\[\\]【】〔〕]+$", "");
        boolean hasText = rest.codePoints().anyMatch(Character::isLetter);
        return hasText && !NOTICE.matcher(rest).find() ? rest : "";
    }
}
