package jianbao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jianbao.content.Problems;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a bulletin saved as a Word .docx document. Each paragraph, in the body or in a table cell
 * (mastheads are often laid out in a table), becomes one {@link SourceParagraph} numbered by its
 * place among the document's paragraphs; a line break inside a paragraph starts a new one. Bold
 * runs are kept as {@code **…**}, so a headline set in bold at the start of a paragraph is found
 * as such; a paragraph in a heading style counts as bold.
 */
public final class DocxReader {

    private static final String EDGE_PUNCTUATION = "，。、；：！？“”‘’（）《》〈〉【】「」『』,.;:!?()\"'";

    static {
        // POI logs through the Log4j API, which without a logging backend complains on the console.
        System.getProperties().putIfAbsent("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.getProperties().putIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    private DocxReader() {
    }

    /** The paragraphs of {@code file}, or empty after adding a problem to {@code problems}. */
    public static Optional<BulletinSource> read(Path file, Problems problems) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> inOrder = paragraphsInOrder(document);
            List<SourceParagraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < inOrder.size(); i++) {
                add(document, inOrder.get(i), i + 1, paragraphs);
            }
            return Optional.of(new BulletinSource(paragraphs, "Word 文档（.docx），行号按段落计"));
        } catch (IOException | RuntimeException e) {
            problems.error(file, 0, "打不开这个 Word 文件：它可能已损坏，或不是 .docx 格式。"
                    + "请在 Word 或 WPS 中打开后“另存为” .docx，或另存为纯文本 .txt 再导入。");
            return Optional.empty();
        }
    }

    /** The paragraphs of the body and of its tables, in reading order. */
    private static List<XWPFParagraph> paragraphsInOrder(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs;
    }

    /** A stretch of text that is all bold or all not. */
    private record Segment(String text, boolean bold) {
    }

    private static void add(XWPFDocument document, XWPFParagraph paragraph, int number, List<SourceParagraph> into) {
        boolean heading = isHeading(document, paragraph);
        List<List<Segment>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (XWPFRun run : paragraph.getRuns()) {
            String[] pieces = run.text().replace('\r', '\n').split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    lines.add(new ArrayList<>());
                }
                lines.get(lines.size() - 1).add(new Segment(pieces[i], heading || run.isBold()));
            }
        }
        for (List<Segment> line : lines) {
            String text = markdown(line).strip();
            if (!text.isEmpty()) {
                into.add(new SourceParagraph(number, text));
            }
        }
    }

    private static boolean isHeading(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null || document.getStyles() == null) {
            return false;
        }
        XWPFStyle style = document.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT).startsWith("heading") || name.startsWith("标题");
    }

    /**
     * The line as Markdown. Bold after the start of the line gives up its edge spaces and
     * punctuation, which Markdown would otherwise not read as the end of the bold text; bold at the
     * start, usually the headline, is kept whole.
     */
    private static String markdown(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment segment : segments) {
            boolean bold = segment.bold() && !segment.text().isBlank();
            Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.bold() == bold) {
                merged.set(merged.size() - 1, new Segment(last.text() + segment.text(), bold));
            } else if (!segment.text().isEmpty()) {
                merged.add(new Segment(segment.text(), bold));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Segment segment : merged) {
            String text = segment.text();
            if (!segment.bold()) {
                out.append(text);
            } else if (out.toString().isBlank()) {
                out.append(text, 0, text.length() - text.stripLeading().length())
                        .append("**").append(text.strip()).append("**")
                        .append(text.substring(text.stripTrailing().length()));
            } else {
                int start = 0;
                int end = text.length();
                while (start < end && isEdge(text.charAt(start))) {
                    start++;
                }
                while (end > start && isEdge(text.charAt(end - 1))) {
                    end--;
                }
                out.append(text, 0, start);
                if (start < end) {
                    out.append("**").append(text, start, end).append("**");
                }
                out.append(text.substring(end));
            }
        }
        return out.toString();
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || EDGE_PUNCTUATION.indexOf(c) >= 0;
    }
}
