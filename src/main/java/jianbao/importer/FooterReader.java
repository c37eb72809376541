package jianbao.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jianbao.model.Footer;

/**
 * Reads the footer at the end of a printed issue: 本期送 (recipients), 发 (distribution) and
 * 责任编辑 (the responsible editor), with full-width or half-width colons. A field may wrap onto
 * the next line, and several may share one line.
 */
final class FooterReader {

    private static final String RECIPIENTS = "本期送";
    private static final String DISTRIBUTION = "发";
    private static final String EDITOR = "责任编辑";

    /** A label at the start of a line or after a space: 本期送：, 发：, 责任编辑：, and others such as 报：. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=\\s))(本\\s*期\\s*送|抄\\s*送|报|送|发|印\\s*发|责\\s*任\\s*编\\s*辑|编\\s*辑|签\\s*发)\\s*[：:]\\s*");
    private static final Pattern FOOTER_START = Pattern.compile(
            "^(本\\s*期\\s*送|发|责\\s*任\\s*编\\s*辑)\\s*[：:]");

    /** Where an editor's name ends: a space, a bracket, a comma or the phone number after it. */
    private static final Pattern AFTER_NAME = Pattern.compile("[\\s（(，,；;：:]|电话|联系电话|手机|Tel|TEL|tel|\\d");
    private static final Pattern SPACE_BY_SEPARATOR = Pattern.compile("\\s*([、，；])\\s*");

    private FooterReader() {
    }

    /** Whether {@code text} is the first line of the footer. */
    static boolean startsFooter(String text) {
        return FOOTER_START.matcher(text.replace("**", "")).find();
    }

    /** The footer read from its lines; fields that are left out or not understood are added to {@code guesses}. */
    static Footer read(List<SourceParagraph> lines, List<Guess> guesses) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        String current = null;
        for (SourceParagraph line : lines) {
            String text = line.text().replace("**", "");
            Matcher label = LABEL.matcher(text);
            int start = 0;
            while (label.find()) {
                if (current != null) {
                    fields.get(current).append(text, start, label.start());
                } else if (label.start() > 0) {
                    unused(line, text.substring(0, label.start()), guesses);
                }
                current = label.group(1).replaceAll("\\s+", "");
                if (fields.containsKey(current)) {
                    guesses.add(new Guess(line.line(), "页脚中“" + current + "：”出现了两次，已把两处接在一起"));
                } else {
                    fields.put(current, new StringBuilder());
                    fieldLines.put(current, line.line());
                }
                start = label.end();
            }
            if (current == null) {
                unused(line, text, guesses);
            } else {
                if (start == 0) {
                    guesses.add(new Guess(line.line(), "这里没有栏目名，已当作前面“" + current + "：”的续行接上"));
                }
                fields.get(current).append(text.substring(start));
            }
        }
        fields.keySet().stream().filter(key -> !List.of(RECIPIENTS, DISTRIBUTION, EDITOR).contains(key))
                .forEach(key -> guesses.add(new Guess(fieldLines.get(key), "页脚中的“" + key + "：" + value(fields, key)
                        + "”在网站上没有对应的栏目，没有写入")));
        String editor = value(fields, EDITOR);
        Matcher end = AFTER_NAME.matcher(editor);
        if (end.find() && end.start() > 0) {
            guesses.add(new Guess(fieldLines.get(EDITOR), "责任编辑“" + editor.substring(0, end.start()) + "”后面的“"
                    + editor.substring(end.start()).strip() + "”不是姓名，没有写入"));
            editor = editor.substring(0, end.start());
        }
        return new Footer(value(fields, RECIPIENTS), value(fields, DISTRIBUTION), editor);
    }

    private static void unused(SourceParagraph line, String text, List<Guess> guesses) {
        if (!text.isBlank()) {
            guesses.add(new Guess(line.line(), "页脚中的“" + text.strip() + "”看不懂，没有写入"));
        }
    }

    private static String value(Map<String, StringBuilder> fields, String key) {
        StringBuilder value = fields.get(key);
        return value == null ? "" : SPACE_BY_SEPARATOR.matcher(value.toString().strip()).replaceAll("$1");
    }
}
