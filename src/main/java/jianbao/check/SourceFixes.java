package jianbao.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies fixes to an issue file in place, keeping everything else of it as it was (line ends, a
 * byte order mark), and tells each change as the line's words before and after.
 */
public final class SourceFixes {

    private static final int EXCERPT_REACH = 10;

    /**
     * A change made.
     *
     * @param line   1-based line of the file
     * @param before the words around the change, as they were
     * @param after  the same words, changed
     */
    public record Change(int line, String before, String after) {
    }

    private SourceFixes() {
    }

    /** Applies {@code fixes} to {@code file} and returns the changes made, in the order of the file. */
    public static List<Change> apply(Path file, List<Finding.Fix> fixes) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of();  // the content loader reports a file that is not UTF-8
        }
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        List<int[]> lines = lineStarts(text, bom);
        StringBuilder fixed = new StringBuilder(text);
        List<Change> changes = new ArrayList<>();
        // From the end, so that the offsets of the fixes still to make stay right.
        List<Finding.Fix> ordered = fixes.stream().sorted(Comparator.comparingInt(Finding.Fix::line)
                .thenComparingInt(Finding.Fix::offset).reversed()).toList();
        for (Finding.Fix fix : ordered) {
            if (fix.line() > lines.size()) {
                continue;
            }
            int[] line = lines.get(fix.line() - 1);
            int at = line[0] + fix.offset();
            if (at + fix.before().length() > line[1] || !text.startsWith(fix.before(), at)) {
                continue;
            }
            fixed.replace(at, at + fix.before().length(), fix.after());
            String written = text.substring(line[0], line[1]);
            String changed = written.substring(0, fix.offset()) + fix.after() + written.substring(fix.offset() + fix.before().length());
            changes.add(0, new Change(fix.line(), excerpt(written, fix.offset(), fix.before().length()),
                    excerpt(changed, fix.offset(), fix.after().length())));
        }
        if (!changes.isEmpty()) {
            Path temporary = file.resolveSibling("." + file.getFileName() + ".fix");
            Files.writeString(temporary, fixed, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return changes;
    }

    /** The start and end (before the line end) of each line; the first starts after a byte order mark. */
    private static List<int[]> lineStarts(String text, int bom) {
        List<int[]> lines = new ArrayList<>();
        int start = bom;
        for (int i = bom; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(new int[] {start, i});
                if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String excerpt(String line, int offset, int length) {
        int start = offset;
        for (int n = 0; n < EXCERPT_REACH && start > 0; n++) {
            start = line.offsetByCodePoints(start, -1);
        }
        int end = offset + length;
        for (int n = 0; n < EXCERPT_REACH && end < line.length(); n++) {
            end = line.offsetByCodePoints(end, 1);
        }
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }
}
