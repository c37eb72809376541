package jianbao.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import jianbao.build.BuildProgress;

/**
 * A line on the terminal that tells how far a long build has come (pages written, time spent),
 * redrawn in place a few times a second and wiped when the build ends. It stays silent when the
 * output is not a terminal, such as in CI logs, and for builds that end within a moment.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final AtomicInteger written = new AtomicInteger();
    private volatile int planned;
    private volatile long started = System.nanoTime();
    private long lastDrawn;
    private int drawnWidth;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    /** A progress line on standard output if it is a terminal and not {@code quiet}, otherwise none. */
    static ProgressLine onTerminal(boolean quiet) {
        return new ProgressLine(quiet || System.console() == null ? null : System.out);
    }

    @Override
    public void planned(int pages) {
        written.set(0);
        planned = pages;
        started = System.nanoTime();
        lastDrawn = started;
    }

    @Override
    public void pageWritten() {
        int count = written.incrementAndGet();
        if (out != null && System.nanoTime() - lastDrawn > REDRAW_NANOS) {
            draw(count);
        }
    }

    private synchronized void draw(int count) {
        long now = System.nanoTime();
        if (now - lastDrawn <= REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = String.format("正在生成：%d / %d 个页面，已用 %.1f 秒", count, planned, (now - started) / 1e9);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - width(line))));
        out.flush();
        drawnWidth = width(line);
    }

    /** Wipes the line, so that the summary that follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (out != null && drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }

    /** Columns on a terminal: Chinese characters take two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }
}
