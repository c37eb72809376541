package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a reader sees comes from the default theme's labels.yaml: its templates and scripts
 * hold no Chinese text outside comments, so that an office rewords any of it in one file.
 */
class ThemeTextsTest {

    private static final Path THEME = Path.of("themes/default");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
    private static final Pattern TEMPLATE_COMMENT = Pattern.compile("\\{#.*?#\\}", Pattern.DOTALL);
    private static final Pattern SCRIPT_COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void templatesAndScriptsHoldNoTextOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(THEME)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                Pattern comments = name.endsWith(".peb") ? TEMPLATE_COMMENT : name.endsWith(".js") ? SCRIPT_COMMENT : null;
                if (comments == null) {
                    continue;
                }
                files++;
                String text = comments.matcher(Files.readString(file)).replaceAll("");
                Matcher m = CHINESE.matcher(text);
                while (m.find()) {
                    found.add(THEME.relativize(file) + ": " + m.group());
                }
            }
        }
        assertTrue(files > 15, "templates and scripts read: " + files);
        assertEquals(List.of(), found, "texts to move into themes/default/labels.yaml");
    }
}
