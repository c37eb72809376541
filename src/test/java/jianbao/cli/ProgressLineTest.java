package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line redraws in place while pages are written and leaves a clean line behind. */
class ProgressLineTest {

    @Test
    void drawsPagesAndTimeThenWipesItself() throws InterruptedException {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        line.planned(100);
        line.pageWritten();
        assertEquals("", terminal.toString(StandardCharsets.UTF_8), "silent for builds that end within a moment");
        Thread.sleep(300);
        line.pageWritten();
        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.matches("\\r正在生成：2 / 100 个页面，已用 0\\.\\d 秒"), drawn);
        line.close();
        String wiped = terminal.toString(StandardCharsets.UTF_8).substring(drawn.length());
        assertTrue(wiped.matches("\\r +\\r"), wiped);
    }

    @Test
    void silentWhenNotOnATerminal() {
        ProgressLine line = ProgressLine.onTerminal(true);
        line.planned(10);
        line.pageWritten();
        line.close();
    }
}
