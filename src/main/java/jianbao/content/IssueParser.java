package jianbao.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Article;
import jianbao.model.Attachment;
import jianbao.model.Body;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.EditorNote;
import jianbao.model.Footer;
import jianbao.model.FooterLine;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.IssueKind;
import jianbao.model.SiteConfig;

/**
 * Reads one issue file: the masthead and footer from the front matter, articles from {@code ##}
 * sections, briefs from paragraphs starting with △, and the source departments from the trailing
 * full-width parenthetical of each, as printed.
 */
public final class IssueParser {

    static final Set<String> FIELDS = Set.of("number", "date", "bulletin", "publisher", "recipients",
            "distribution", "editor", "draft", "kind", "title", "total", "footer", "print_run", "marking", "classification");

    /** What a marking field may say of an issue that is not marked. */
    private static final Set<String> UNMARKED = Set.of("无", "公开", "非密");

    private static final Pattern TRAILING_SOURCE = Pattern.compile("[（(]([^（）()]*)[）)]\\s*$");
    private static final Pattern DEPARTMENT_SEPARATOR = Pattern.compile("[、，,；;]");
    private static final String BRIEF_MARK = "△";
    /** A headline typed with full-width ＃ or without the space after the marks: ##标题, ＃＃ 标题. */
    private static final Pattern MISTYPED_HEADING = Pattern.compile("\\s{0,3}([#＃]{1,6})([ \t\u3000]*)(\\S.*)");
    /** What an article or brief without a source department says in its parentheses: （无）. */
    public static final String NO_SOURCE = "无";
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(IssueScaffold.PLACEHOLDER) + "[^】]*】?");
    /** An editor's note: a paragraph starting 编者按：, 按语： or 按：. */
    private static final Pattern NOTE = Pattern.compile("^(编者按|按语|按)\\s*[：:]\\s*");
    private static final Pattern MARKING_FIELD = Pattern.compile("^(marking|classification)\\s*[:：](.*)$");
    private static final String SUBTITLE_MARK = "——";
    private static final Pattern AUTHORS = Pattern.compile("^作者\\s*[：:]\\s*");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("[、，,；;\\s]+");
    private static final Pattern SECTION_BRACKETS = Pattern.compile("^[【\\[]\\s*(.*?)\\s*[】\\]]$");

    private final SiteConfig config;
    private final DepartmentRegistry registry;
    private final MarkdownRenderer markdown;
    private final IssueTextCheck check;
    private final BiFunction<String, String, Body> bodies;

    public IssueParser(SiteConfig config, DepartmentRegistry registry, MarkdownRenderer markdown) {
        this(config, registry, markdown, IssueTextCheck.NONE, Body::of);
    }

    /**
     * A parser that also runs {@code check} on the text of every file it reads.
     *
     * @param bodies keeps an article's body, given its HTML and text: in memory, or in a {@link BodyFile}
     */
    IssueParser(SiteConfig config, DepartmentRegistry registry, MarkdownRenderer markdown, IssueTextCheck check,
                BiFunction<String, String, Body> bodies) {
        this.config = config;
        this.registry = registry;
        this.markdown = markdown;
        this.check = check;
        this.bodies = bodies;
    }

    /**
     * What reading one issue file gave.
     *
     * @param issue    empty if the file has errors
     * @param problems the errors and warnings of the file
     * @param checked  what the text check found in it, kept apart: its errors do not empty {@code issue}
     */
    public record Parsed(Optional<Issue> issue, List<Problem> problems, List<Problem> checked) {
    }

    /**
     * Parses {@code file}, whose place in content/issues/ gave its {@code expected} year, kind and number.
     * Empty if the file has errors; errors and warnings, the text check's too, are added to {@code found}.
     */
    public Optional<Issue> parse(Path file, IssueId expected, List<Attachment> attachments, Problems found) {
        Optional<byte[]> bytes = TextDecoding.readBytes(file, found);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Parsed parsed = parse(file, bytes.get(), expected, attachments);
        parsed.problems().forEach(found::add);
        parsed.checked().forEach(found::add);
        return parsed.issue();
    }

    /**
     * Parses {@code bytes}, read from {@code file}, whose place in content/issues/ gave its {@code expected}
     * year, kind and number.
     */
    public Parsed parse(Path file, byte[] bytes, IssueId expected, List<Attachment> attachments) {
        FileParse parse = new FileParse(file, new Problems(), new Problems());
        Optional<Issue> issue = parse(parse, bytes, expected, attachments);
        return new Parsed(issue, parse.problems().all(), parse.checked().all());
    }

    /** The state of parsing one file. */
    private record FileParse(Path file, Problems problems, Problems checked) {
    }

    private Optional<Issue> parse(FileParse parse, byte[] bytes, IssueId id, List<Attachment> attachments) {
        Path file = parse.file();
        Problems problems = parse.problems();
        Optional<String> text = SourceText.decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        reportPlaceholders(file, text.get(), problems);
        reportMarkings(file, text.get(), problems);
        Optional<FrontMatter> parsed = FrontMatter.parse(file, text.get(), problems);
        if (parsed.isEmpty()) {
            check(parse, text.get(), Optional.empty());
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        front.warnUnknownFields(FIELDS);
        Optional<Integer> number = front.positiveInteger("number", "期号");
        Optional<LocalDate> date = front.date("date", "出刊日期");
        check(parse, text.get(), date);
        number.filter(n -> n != id.number()).ifPresent(n -> problems.error(file, front.lineOf("number"),
                "期号 " + n + " 与文件名不一致（文件名表示" + id.label() + "）。"));
        date.filter(d -> d.getYear() != id.year()).ifPresent(d -> problems.error(file, front.lineOf("date"),
                "出刊日期 " + d + " 不在文件所在的年份目录 " + id.year() + " 中。"));
        String kindName = kind(front, id, problems);
        String title = front.text("title").orElse("");
        if (!title.isEmpty() && id.kind() == IssueKind.REGULAR) {
            problems.error(file, front.lineOf("title"), "只有增刊、专刊才有自己的题目（title）；这一期是正刊，请删去这一行，"
                    + "或写上“kind: 专刊”并把文件改名为 zhuankan-" + "%03d".formatted(id.number()) + ".md。");
        }
        int total = front.optionalPositiveInteger("total", "总期号（总第几期）").orElse(0);
        Footer footer = footer(front, problems);
        boolean draft = front.flag("draft");
        Contents body = parseBody(parse, front, id);
        if (problems.hasErrors() || number.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Issue(id, front.text("bulletin").orElse(config.title()), kindName, title, total,
                front.text("publisher").orElse(config.publisher()), date.get(), body.note, body.articles, body.briefs,
                footer, draft, attachments, file, front.fieldLines()));
    }

    private void check(FileParse parse, String text, Optional<LocalDate> date) {
        check.problems(parse.file(), text, date).forEach(parse.checked()::add);
    }

    /** The kind as printed, checked against the file's name, which decides the issue's number series. */
    private static String kind(FrontMatter front, IssueId id, Problems problems) {
        Optional<String> written = front.text("kind");
        if (written.isEmpty()) {
            return id.kind().word();
        }
        Optional<IssueKind> kind = IssueKind.of(written.get());
        if (kind.isEmpty()) {
            problems.error(front.file(), front.lineOf("kind"), "期刊类别“" + written.get() + "”不认识，可用的有："
                    + String.join("、", IssueKind.WORDS) + "。");
            return id.kind().word();
        }
        if (kind.get() != id.kind()) {
            String name = kind.get() == IssueKind.REGULAR ? "%03d.md".formatted(id.number())
                    : kind.get().slug() + "-%03d.md".formatted(id.number());
            problems.error(front.file(), front.lineOf("kind"), "期刊类别“" + written.get() + "”与文件名不一致（文件名表示"
                    + id.label() + "）：增刊、专刊各自编号，文件名应为 " + name + "。");
            return id.kind().word();
        }
        boolean printedWord = written.get().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return kind.get() == IssueKind.REGULAR ? "" : printedWord ? written.get() : kind.get().word();
    }

    private static Footer footer(FrontMatter front, Problems problems) {
        Path file = front.file();
        String recipients = front.text("recipients").orElse("");
        String distribution = front.text("distribution").orElse("");
        List<FooterLine> lines = new ArrayList<>();
        for (FrontMatter.Named named : front.namedTexts("footer", "footer: 下一行写“  报: 市委办公室”，再下一行写“  送: 区人大办公室”")) {
            if (!Footer.WORDS.contains(named.name())) {
                problems.error(file, named.line(), "落款“" + named.name() + "”不认识，可用的有：" + String.join("、", Footer.WORDS) + "。");
            } else if (named.text().isEmpty()) {
                problems.error(file, named.line(), "“" + named.name() + "：”后面没有写报送单位。");
            } else if (named.name().equals("本期送") && !recipients.isEmpty() || named.name().equals("发") && !distribution.isEmpty()) {
                problems.error(file, named.line(), "“" + named.name() + "”写了两遍：已有“"
                        + (named.name().equals("发") ? "distribution" : "recipients") + "”一行，请删去其中一处。");
            } else {
                lines.add(new FooterLine(named.name(), named.text()));
            }
        }
        int printRun = front.optionalPositiveInteger("print_run", "印数（共印几份）").orElse(0);
        return new Footer(recipients, distribution, front.text("editor").orElse(""), lines, printRun);
    }

    /**
     * A 内部资料 or classification marking anywhere in the file: an error, so that nothing marked is
     * ever published. The marking fields say so too when they are filled in.
     */
    private static void reportMarkings(Path file, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            Matcher field = MARKING_FIELD.matcher(lines[i]);
            String value = field.matches() ? field.group(2).strip() : "";
            Optional<String> marking = field.matches() ? Optional.of(value).filter(v -> !v.isEmpty() && !UNMARKED.contains(v))
                    : ClassificationMarks.in(lines[i]);
            marking.ifPresent(m -> problems.error(file, number, "这一期标有“" + m + "”：内部资料和涉密（秘密、机密、绝密）"
                    + "简报一律不得在网站上发布。请把这个文件移出 content/，不要提交。"));
        }
    }

    /** Example text of the new-issue template left in place: an error, so that it is never published. */
    private static void reportPlaceholders(Path file, String text, Problems problems) {
        if (!text.contains(IssueScaffold.PLACEHOLDER)) {
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            if (m.find()) {
                problems.error(file, i + 1, "这里还是新一期模板中的示例文字“" + m.group() + "”，请换成实际内容，或把这条示例整条删去。");
            }
        }
    }

    private record Contents(EditorNote note, List<Article> articles, List<Brief> briefs) {
    }

    /** An article while its blocks are being collected. */
    private static final class Draft {
        final String headline;
        final int line;
        final String section;
        final EditorNote note;
        final List<Node> blocks = new ArrayList<>();
        String subtitle = "";
        List<String> authors = List.of();
        /** Its headline's marks are mistyped, which has been reported; nothing more is said about it. */
        boolean mistyped;
        int lastBlockLine;
        String lastBlockSource;

        Draft(String headline, int line, String section, EditorNote note) {
            this.headline = headline;
            this.line = line;
            this.section = section;
            this.note = note;
        }

        /** Nothing but the headline (and a note before it) read so far. */
        boolean bare() {
            return blocks.isEmpty() && subtitle.isEmpty() && authors.isEmpty();
        }
    }

    /** A section heading (栏目) and whether anything was printed under it. */
    private record SectionHeading(String name, int line, int articlesBefore, int briefsBefore) {
    }

    /**
     * The 1-based file lines of the body's blocks, read in order. Counted here because flexmark counts
     * a node's line from the top of the document each time it is asked.
     */
    private static final class BlockLines {
        private final String body;
        private int offset;
        private int line;

        BlockLines(String body, int firstLine) {
            this.body = body;
            this.line = firstLine;
        }

        int lineOf(Node block) {
            for (int end = block.getStartOffset(); offset < end; offset++) {
                if (body.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private Contents parseBody(FileParse parse, FrontMatter front, IssueId id) {
        Path file = parse.file();
        Problems problems = parse.problems();
        String markdownBody = front.body();
        Optional<Document> parsed = markdown.parse(markdownBody, file, front.bodyLine(), problems);
        if (parsed.isEmpty()) {
            return new Contents(null, List.of(), List.of());
        }
        Document document = parsed.get();
        BlockLines lines = new BlockLines(markdownBody, front.bodyLine());
        List<Draft> drafts = new ArrayList<>();
        List<Brief> briefs = new ArrayList<>();
        EditorNote issueNote = null;
        EditorNote pendingNote = null;
        int pendingNoteLine = 0;
        SectionHeading section = null;
        // A brief's paragraph is moved out of the document as it is rendered, so the next block is taken first.
        for (Node node = document.getFirstChild(), next; node != null; node = next) {
            next = node.getNext();
            int line = lines.lineOf(node);
            String source = markdownBody.substring(node.getStartOffset(), node.getEndOffset()).strip();
            String mistyped;
            Draft current = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            Matcher note = NOTE.matcher(source);
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                reportEmptySection(parse, section, drafts.size(), briefs.size());
                section = new SectionHeading(sectionName(MarkdownRenderer.text(heading)), line, drafts.size(), briefs.size());
                if (section.name().isEmpty()) {
                    problems.error(file, line, "这里的 # 后面缺少栏目名称，如“# 【工作动态】”。");
                }
            } else if (node instanceof Heading heading && heading.getLevel() == 2) {
                String headline = MarkdownRenderer.text(heading);
                if (headline.isEmpty()) {
                    problems.error(file, line, "这里的 ## 后面缺少信息标题。");
                } else if (VisibleText.isInvisible(headline)) {
                    problems.error(file, line, "这里的 ## 后面缺少信息标题：只有零宽空格、全角空格之类看不见的字符。");
                }
                drafts.add(new Draft(headline, line, section == null ? "" : section.name(), pendingNote));
                pendingNote = null;
            } else if (node instanceof Paragraph && (mistyped = mistypedHeading(file, line, source, problems)) != null) {
                Draft draft = new Draft(mistyped, line, section == null ? "" : section.name(), pendingNote);
                draft.mistyped = true;
                drafts.add(draft);
                pendingNote = null;
            } else if (node instanceof Paragraph && source.startsWith(BRIEF_MARK)) {
                briefs.add(brief(parse, line, id, briefs.size() + 1, node, source));
            } else if (node instanceof Paragraph && note.find()) {
                EditorNote read = editorNote(note.group(1), source.substring(note.end()));
                if (read.text().isEmpty()) {
                    problems.error(file, line, "“" + note.group(1) + "：”后面没有按语内容。");
                } else if (current == null && section == null && issueNote == null) {
                    issueNote = read;
                } else if (current != null && current.blocks.isEmpty() && current.note == null && pendingNote == null
                        && current.subtitle.isEmpty() && current.authors.isEmpty()) {
                    drafts.set(drafts.size() - 1, withNote(current, read));
                } else if (pendingNote == null) {
                    pendingNote = read;
                    pendingNoteLine = line;
                } else {
                    problems.error(file, line, "这里接连有两段编者按：一条信息之前只能有一段编者按，请把两段合并。");
                }
            } else if (current != null && current.bare() && node instanceof Paragraph && source.startsWith(SUBTITLE_MARK)) {
                current.subtitle = source.substring(SUBTITLE_MARK.length()).strip();
                if (current.subtitle.isEmpty()) {
                    problems.error(file, line, "副标题“——”后面没有文字。");
                }
            } else if (current != null && current.blocks.isEmpty() && current.authors.isEmpty() && node instanceof Paragraph
                    && AUTHORS.matcher(source).find()) {
                current.authors = authors(source);
                if (current.authors.isEmpty()) {
                    problems.error(file, line, "“作者：”后面没有写作者姓名。");
                }
            } else if (current == null || section != null && section.articlesBefore() == drafts.size()) {
                if (!source.isEmpty()) {
                    problems.error(file, line, section != null && !(node instanceof Heading)
                            ? "栏目“" + section.name() + "”下面直接是正文：每条信息都要以“## 标题”开头。"
                            : "第一个标题之前有正文。每条信息都要以“## 标题”开头。");
                }
            } else {
                current.blocks.add(node);
                current.lastBlockLine = line;
                current.lastBlockSource = source;
            }
        }
        reportEmptySection(parse, section, drafts.size(), briefs.size());
        if (pendingNote != null) {
            problems.error(file, pendingNoteLine, "这段编者按后面没有信息：编者按应写在它所按的那条信息的“## 标题”之前。");
        }
        if (drafts.isEmpty() && briefs.isEmpty()) {
            problems.error(file, front.bodyLine(), "这一期没有任何信息：每条信息以“## 标题”开头，简讯以 △ 开头。");
        }
        List<Article> articles = new ArrayList<>();
        for (Draft draft : drafts) {
            article(parse, id, articles.size() + 1, draft).ifPresent(articles::add);
        }
        return new Contents(issueNote, articles, briefs);
    }

    /**
     * The headline of a paragraph that starts with mistyped headline marks, after reporting them once;
     * null for any other paragraph.
     */
    private static String mistypedHeading(Path file, int line, String paragraph, Problems problems) {
        if (!startsWithHash(paragraph)) {
            return null;
        }
        Matcher m = MISTYPED_HEADING.matcher(paragraph.lines().findFirst().orElse(""));
        if (!m.matches()) {
            return null;
        }
        String marks = m.group(1);
        boolean fullWidth = marks.contains("＃");
        boolean spaced = m.group(2).contains(" ") || m.group(2).contains("\t");
        if (!fullWidth && (spaced || marks.length() == 1 && !Character.isIdeographic(m.group(3).codePointAt(0)))) {
            return null;
        }
        String right = "## " + m.group(3).strip();
        String what = fullWidth ? "标题前的井号用了全角的“＃”，应为半角的“#”" : "标题前的井号后面缺少空格";
        problems.error(file, line, what + "：请写成“" + right + "”（两个半角井号，后面空一格，再写标题）。");
        return m.group(3).strip();
    }

    /**
     * Whether {@code paragraph} may start with a mistyped heading: # or ＃ after at most three spaces.
     * A screen before {@link #MISTYPED_HEADING}, which every paragraph would otherwise go through.
     */
    private static boolean startsWithHash(String paragraph) {
        int at = 0;
        while (at < 3 && at < paragraph.length() && Character.isWhitespace(paragraph.charAt(at))) {
            at++;
        }
        return at < paragraph.length() && (paragraph.charAt(at) == '#' || paragraph.charAt(at) == '＃');
    }

    private static void reportEmptySection(FileParse parse, SectionHeading section, int articles, int briefs) {
        if (section != null && section.articlesBefore() == articles && section.briefsBefore() == briefs && !section.name().isEmpty()) {
            parse.problems().error(parse.file(), section.line(), "栏目“" + section.name() + "”下面没有信息：请在它下面加上“## 标题”和正文，或删去这个栏目。");
        }
    }

    /** A section heading's name without the brackets it is printed in: 【工作动态】 → 工作动态. */
    private static String sectionName(String heading) {
        Matcher m = SECTION_BRACKETS.matcher(heading.strip());
        return m.matches() ? m.group(1) : heading.strip();
    }

    private EditorNote editorNote(String label, String markdownText) {
        MarkdownRenderer.Rendered rendered = markdown.renderInline(markdownText.strip());
        return new EditorNote(label, rendered.html(), rendered.text());
    }

    private static Draft withNote(Draft draft, EditorNote note) {
        Draft noted = new Draft(draft.headline, draft.line, draft.section, note);
        noted.mistyped = draft.mistyped;
        return noted;
    }

    private static List<String> authors(String paragraph) {
        String names = AUTHORS.matcher(paragraph).replaceFirst("").strip();
        return names.isEmpty() ? List.of() : List.of(AUTHOR_SEPARATOR.split(names));
    }

    private Optional<Article> article(FileParse parse, IssueId id, int position, Draft section) {
        if (section.mistyped) {
            return Optional.empty();
        }
        if (section.blocks.isEmpty()) {
            parse.problems().error(parse.file(), section.line, "信息“" + section.headline + "”只有标题，没有正文。");
            return Optional.empty();
        }
        Node last = section.blocks.get(section.blocks.size() - 1);
        Sourced sourced = splitSource(parse, section.lastBlockLine, section.lastBlockSource, "信息“" + section.headline + "”");
        MarkdownRenderer.Rendered body;
        if (MarkdownRenderer.removeTrailingText(last, sourced.suffix)) {
            body = markdown.render(section.blocks);
        } else {
            // The parenthetical spans markup (say, bold marks): render the blocks again from their text.
            List<String> blocks = new ArrayList<>();
            section.blocks.forEach(block -> blocks.add(block.getChars().toString().strip()));
            blocks.set(blocks.size() - 1, sourced.rest);
            body = markdown.render(String.join("\n\n", blocks));
        }
        return Optional.of(new Article(id, position, section.headline, bodies.apply(body.html(), body.text()), sourced.departments,
                section.section, section.subtitle, section.authors, section.note, section.line));
    }

    private Brief brief(FileParse parse, int line, IssueId id, int position, Node paragraph, String source) {
        String withoutMark = source.substring(BRIEF_MARK.length()).strip();
        Sourced sourced = splitSource(parse, line, withoutMark, "简讯");
        MarkdownRenderer.Rendered rendered = MarkdownRenderer.removeLeadingText(paragraph, BRIEF_MARK)
                && MarkdownRenderer.removeTrailingText(paragraph, sourced.suffix)
                ? markdown.renderInline(paragraph)
                : markdown.renderInline(sourced.rest);
        return new Brief(id, position, rendered.html(), rendered.text(), sourced.departments);
    }

    /**
     * A paragraph split into its text and its trailing parenthetical.
     *
     * @param suffix the parenthetical as written, empty when there is none
     */
    private record Sourced(String rest, String suffix, List<Department> departments) {
    }

    /** Splits the trailing （部门、部门） off a paragraph and resolves the departments it names. */
    private Sourced splitSource(FileParse parse, int line, String paragraph, String what) {
        Path file = parse.file();
        Problems problems = parse.problems();
        int lastLine = line;
        for (int at = paragraph.indexOf('\n'); at >= 0; at = paragraph.indexOf('\n', at + 1)) {
            lastLine++;
        }
        // The parenthetical opens at the last opening parenthesis; matching only from there keeps long paragraphs cheap.
        int open = Math.max(paragraph.lastIndexOf('（'), paragraph.lastIndexOf('('));
        Matcher m = TRAILING_SOURCE.matcher(paragraph);
        if (open < 0 || !m.region(open, paragraph.length()).lookingAt()) {
            problems.error(file, lastLine, what + "末尾没有用括号注明供稿单位，如（区财政局）。确实没有供稿单位的，请在末尾写“（"
                    + NO_SOURCE + "）”。");
            return new Sourced(paragraph, "", List.of());
        }
        if (m.group(1).strip().equals(NO_SOURCE)) {
            return new Sourced(paragraph.substring(0, m.start()).stripTrailing(), paragraph.substring(m.start()), List.of());
        }
        if (m.group(1).contains(IssueScaffold.PLACEHOLDER)) {
            return new Sourced(paragraph.substring(0, m.start()).stripTrailing(), paragraph.substring(m.start()), List.of());
        }
        List<Department> departments = new ArrayList<>();
        for (String name : DEPARTMENT_SEPARATOR.split(m.group(1))) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && VisibleText.isInvisible(trimmed)) {
                problems.error(file, lastLine, what + "末尾的括号里有一个供稿单位只由零宽空格之类看不见的字符组成，请删去或写上单位名称。");
            } else if (!trimmed.isEmpty()) {
                Department department = registry.resolve(trimmed, file, lastLine, problems);
                if (!departments.contains(department)) {
                    departments.add(department);
                }
            }
        }
        if (departments.isEmpty()) {
            problems.error(file, lastLine, what + "末尾的括号里没有写供稿单位。");
        }
        return new Sourced(paragraph.substring(0, m.start()).stripTrailing(), paragraph.substring(m.start()), departments);
    }
}
