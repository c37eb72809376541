package jianbao.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Footer;
import jianbao.model.FooterLine;

/**
 * Reads the footer at the end of a printed issue: 本期送 (recipients), 发 (distribution) and
 * 责任编辑 (the responsible editor), with full-width or half-width colons, or the fuller footer of
 * other bulletins, 报, 送, 发, 抄送, 本期增发 … in their printed order, and the print run
 * （共印 60 份）. A field may wrap onto the next line, and several may share one line.
 */
final class FooterReader {

    private static final String RECIPIENTS = "本期送";
    private static final String DISTRIBUTION = "发";
    private static final String EDITOR = "责任编辑";

    /** Labels of the footer: 本期送, 发 and 责任编辑, which the site shows, and others such as 报 and 印发. */
    private static final String LABELS = "(本\\s*期\\s*送|本\\s*期\\s*增\\s*发|抄\\s*送|抄\\s*报|报\\s*送|分\\s*送|报|送|发|印\\s*发"
            + "|责\\s*任\\s*编\\s*辑|编\\s*辑|签\\s*发)\\s*[：:]";
    /** The words only the fuller footer has; with one of them every line is kept in the printed order. */
    private static final List<String> FULL_FOOTER = List.of("报", "报送", "送", "抄送", "抄报", "分送", "本期增发");
    private static final Pattern PRINT_RUN = Pattern.compile("(?U)[（(]\\s*共\\s*印\\s*(\\d+)\\s*份\\s*[）)]");
    private static final Pattern FOOTER_START = Pattern.compile("(?U)^" + LABELS);
    private static final Pattern LABEL = Pattern.compile("(?U)(?:^|(?<=\\s))" + LABELS + "\\s*");

    /** Where an editor's name ends: a space, a bracket, a comma or the phone number after it. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?U)[\\s（(，,；;：:]|电话|联系电话|手机|Tel|TEL|tel|\\d");
    /** A line in brackets, such as （共印 80 份）, which is a note rather than the rest of a field. */
    private static final Pattern ASIDE = Pattern.compile("[（(].*[）)]");
    private static final Pattern SPACE_BY_SEPARATOR = Pattern.compile("(?U)\\s*([、，；])\\s*");

    private FooterReader() {
    }

    /** Whether {@code text} is the first line of the footer: a label such as 本期送： at its start. */
    static boolean startsFooter(String text) {
        return FOOTER_START.matcher(text.replace("**", "")).find();
    }

    /** The footer read from its lines; fields that are left out or not understood are added to {@code guesses}. */
    static Footer read(List<SourceParagraph> lines, List<Guess> guesses) {
        int printRun = 0;
        List<SourceParagraph> withoutPrintRun = new ArrayList<>();
        for (SourceParagraph line : lines) {
            Matcher run = PRINT_RUN.matcher(Normalizer.normalize(line.text().replace("**", ""), Normalizer.Form.NFKC));
            if (run.find()) {
                printRun = Integer.parseInt(run.group(1));
                String rest = run.replaceFirst("").strip();
                if (!rest.isEmpty()) {
                    withoutPrintRun.add(new SourceParagraph(line.line(), rest));
                }
            } else {
                withoutPrintRun.add(line);
            }
        }
        Map<String, Field> fields = fields(withoutPrintRun, guesses);
        boolean full = fields.keySet().stream().anyMatch(FULL_FOOTER::contains);
        List<FooterLine> printed = new ArrayList<>();
        fields.forEach((label, field) -> {
            if (full && Footer.WORDS.contains(label)) {
                printed.add(new FooterLine(label, field.value()));
            } else if (!List.of(RECIPIENTS, DISTRIBUTION, EDITOR).contains(label)) {
                guesses.add(new Guess(field.line, "页脚中的“" + label + "：" + field.value() + "”在网站上没有对应的栏目，没有写入"));
            }
        });
        String editor = editorName(fields.get(EDITOR), guesses);
        return full ? new Footer("", "", editor, printed, printRun)
                : new Footer(value(fields, RECIPIENTS), value(fields, DISTRIBUTION), editor, List.of(), printRun);
    }

    /** A labelled field of the footer and the line its label is on. */
    private static final class Field {
        final int line;
        final StringBuilder text = new StringBuilder();

        Field(int line) {
            this.line = line;
        }

        String value() {
            return SPACE_BY_SEPARATOR.matcher(text.toString().strip()).replaceAll("$1");
        }
    }

    private static Map<String, Field> fields(List<SourceParagraph> lines, List<Guess> guesses) {
        Map<String, Field> fields = new LinkedHashMap<>();
        Field current = null;
        for (SourceParagraph line : lines) {
            String text = line.text().replace("**", "");
            if (BodyReader.RULE.matcher(text).matches()) {
                continue;
            }
            Matcher label = LABEL.matcher(text);
            int start = 0;
            while (label.find()) {
                if (current != null) {
                    current.text.append(text, start, label.start());
                } else if (label.start() > 0) {
                    unused(line, text.substring(0, label.start()), guesses);
                }
                String name = label.group(1).replaceAll("(?U)\\s+", "");
                if (fields.containsKey(name)) {
                    guesses.add(new Guess(line.line(), "页脚中“" + name + "：”出现了两次，已把两处接在一起"));
                }
                current = fields.computeIfAbsent(name, n -> new Field(line.line()));
                start = label.end();
            }
            if (current == null || start == 0 && ASIDE.matcher(text).matches()) {
                unused(line, text, guesses);
                continue;
            }
            if (start == 0) {
                guesses.add(new Guess(line.line(), "这里没有栏目名，已当作前面一栏的续行接上"));
            }
            current.text.append(text.substring(start));
        }
        return fields;
    }

    /** The editor's name without what may follow it, such as a phone number. */
    private static String editorName(Field field, List<Guess> guesses) {
        if (field == null) {
            return "";
        }
        String editor = field.value();
        Matcher end = AFTER_NAME.matcher(editor);
        if (end.find() && end.start() > 0) {
            guesses.add(new Guess(field.line, "责任编辑“" + editor.substring(0, end.start()) + "”后面的“"
                    + editor.substring(end.start()).strip() + "”不是姓名，没有写入"));
            return editor.substring(0, end.start());
        }
        return editor;
    }

    private static void unused(SourceParagraph line, String text, List<Guess> guesses) {
        if (!text.isBlank()) {
            guesses.add(new Guess(line.line(), "页脚中的“" + text.strip() + "”看不懂，没有写入"));
        }
    }

    private static String value(Map<String, Field> fields, String label) {
        Field field = fields.get(label);
        return field == null ? "" : field.value();
    }
}
