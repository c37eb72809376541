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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Article;
import jianbao.model.Attachment;
import jianbao.model.Brief;
import jianbao.model.Department;
import jianbao.model.Footer;
import jianbao.model.Issue;
import jianbao.model.IssueId;
import jianbao.model.SiteConfig;

/**
 * Reads one issue file: the masthead and footer from the front matter, articles from {@code ##}
 * sections, briefs from paragraphs starting with △, and the source departments from the trailing
 * full-width parenthetical of each, as printed.
 */
public final class IssueParser {

    static final Set<String> FIELDS = Set.of("number", "date", "bulletin", "publisher", "recipients",
            "distribution", "editor", "draft");

    private static final Pattern TRAILING_SOURCE = Pattern.compile("[（(]([^（）()]*)[）)]\\s*$");
    private static final Pattern DEPARTMENT_SEPARATOR = Pattern.compile("[、，,；;]");
    private static final String BRIEF_MARK = "△";
    private static final Pattern PLACEHOLDER = Pattern.compile(Pattern.quote(IssueScaffold.PLACEHOLDER) + "[^】]*】?");

    private final SiteConfig config;
    private final DepartmentRegistry registry;
    private final MarkdownRenderer markdown;

    public IssueParser(SiteConfig config, DepartmentRegistry registry, MarkdownRenderer markdown) {
        this.config = config;
        this.registry = registry;
        this.markdown = markdown;
    }

    /**
     * Parses {@code file}, whose place in content/issues/ gave {@code year} and {@code expectedNumber}.
     * Empty if the file has errors; errors and warnings are added to {@code found}.
     */
    public Optional<Issue> parse(Path file, int year, int expectedNumber, List<Attachment> attachments, Problems found) {
        Problems problems = new Problems();
        Optional<Issue> issue = parse(new FileParse(file, problems), year, expectedNumber, attachments);
        problems.all().forEach(found::add);
        return issue;
    }

    /** The state of parsing one file. */
    private record FileParse(Path file, Problems problems) {
    }

    private Optional<Issue> parse(FileParse parse, int year, int expectedNumber, List<Attachment> attachments) {
        Path file = parse.file();
        Problems problems = parse.problems();
        Optional<String> text = SourceText.read(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        reportPlaceholders(file, text.get(), problems);
        Optional<FrontMatter> parsed = FrontMatter.parse(file, text.get(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        front.warnUnknownFields(FIELDS);
        Optional<Integer> number = front.positiveInteger("number", "期号");
        Optional<LocalDate> date = front.date("date", "出刊日期");
        number.filter(n -> n != expectedNumber).ifPresent(n -> problems.error(file, front.lineOf("number"),
                "期号 " + n + " 与文件名不一致（文件名表示第 " + expectedNumber + " 期）。"));
        date.filter(d -> d.getYear() != year).ifPresent(d -> problems.error(file, front.lineOf("date"),
                "出刊日期 " + d + " 不在文件所在的年份目录 " + year + " 中。"));
        Footer footer = new Footer(front.text("recipients").orElse(""), front.text("distribution").orElse(""),
                front.text("editor").orElse(""));
        boolean draft = front.flag("draft");
        IssueId id = new IssueId(year, expectedNumber);
        Body body = parseBody(parse, front, id);
        if (problems.hasErrors() || number.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Issue(id, front.text("bulletin").orElse(config.title()),
                front.text("publisher").orElse(config.publisher()), date.get(), body.articles, body.briefs,
                footer, draft, attachments, file));
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

    private record Body(List<Article> articles, List<Brief> briefs) {
    }

    /** An article while its blocks are being collected. */
    private static final class Section {
        final String headline;
        final int line;
        final List<Node> blocks = new ArrayList<>();
        int lastBlockLine;
        String lastBlockSource;

        Section(String headline, int line) {
            this.headline = headline;
            this.line = line;
        }
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

    private Body parseBody(FileParse parse, FrontMatter front, IssueId id) {
        Path file = parse.file();
        Problems problems = parse.problems();
        String markdownBody = front.body();
        Document document = markdown.parse(markdownBody);
        BlockLines lines = new BlockLines(markdownBody, front.bodyLine());
        List<Section> sections = new ArrayList<>();
        List<Brief> briefs = new ArrayList<>();
        // A brief's paragraph is moved out of the document as it is rendered, so the next block is taken first.
        for (Node node = document.getFirstChild(), next; node != null; node = next) {
            next = node.getNext();
            int line = lines.lineOf(node);
            String source = markdownBody.substring(node.getStartOffset(), node.getEndOffset()).strip();
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                String headline = MarkdownRenderer.text(heading);
                if (heading.getLevel() == 1) {
                    problems.error(file, line, "标题请用两个井号开头（## 标题），一个井号留给刊名。");
                } else if (headline.isEmpty()) {
                    problems.error(file, line, "这里的 ## 后面缺少信息标题。");
                }
                sections.add(new Section(headline, line));
            } else if (node instanceof Paragraph && source.startsWith(BRIEF_MARK)) {
                briefs.add(brief(parse, line, id, briefs.size() + 1, node, source));
            } else if (sections.isEmpty()) {
                if (!source.isEmpty()) {
                    problems.error(file, line, "第一个标题之前有正文。每条信息都要以“## 标题”开头。");
                }
            } else {
                Section section = sections.get(sections.size() - 1);
                section.blocks.add(node);
                section.lastBlockLine = line;
                section.lastBlockSource = source;
            }
        }
        if (sections.isEmpty() && briefs.isEmpty()) {
            problems.error(file, front.bodyLine(), "这一期没有任何信息：每条信息以“## 标题”开头，简讯以 △ 开头。");
        }
        List<Article> articles = new ArrayList<>();
        for (Section section : sections) {
            article(parse, id, articles.size() + 1, section).ifPresent(articles::add);
        }
        return new Body(articles, briefs);
    }

    private Optional<Article> article(FileParse parse, IssueId id, int position, Section section) {
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
        return Optional.of(new Article(id, position, section.headline, body.html(), body.text(), sourced.departments));
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
        int lastLine = line + (int) paragraph.chars().filter(c -> c == '\n').count();
        // The parenthetical opens at the last opening parenthesis; matching only from there keeps long paragraphs cheap.
        int open = Math.max(paragraph.lastIndexOf('（'), paragraph.lastIndexOf('('));
        Matcher m = TRAILING_SOURCE.matcher(paragraph);
        if (open < 0 || !m.region(open, paragraph.length()).lookingAt()) {
            problems.warning(file, lastLine, what + "末尾没有用括号注明供稿单位，如（区财政局）。");
            return new Sourced(paragraph, "", List.of());
        }
        if (m.group(1).contains(IssueScaffold.PLACEHOLDER)) {
            return new Sourced(paragraph.substring(0, m.start()).stripTrailing(), paragraph.substring(m.start()), List.of());
        }
        List<Department> departments = new ArrayList<>();
        for (String name : DEPARTMENT_SEPARATOR.split(m.group(1))) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
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
