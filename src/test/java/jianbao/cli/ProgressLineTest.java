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
    void silentWhenQuietOrNotOnATerminal() throws InterruptedException {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            // Under Maven there is no console, so both lines stay silent however long they run.
            for (ProgressLine line : new ProgressLine[] {ProgressLine.onTerminal(true), ProgressLine.onTerminal(false)}) {
                line.planned(10);
                Thread.sleep(300);
                line.pageWritten();
                line.close();
            }
        } finally {
            System.setOut(original);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
