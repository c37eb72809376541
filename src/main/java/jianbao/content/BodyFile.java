package jianbao.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import jianbao.model.Body;
import jianbao.scratch.ScratchFile;

/**
 * Article bodies kept in a temporary file instead of in memory, for the length of a build or of a
 * serve session. The bodies are most of an archive (about 230 MB of text at 100,000 articles),
 * while a build needs each only a few times: for its pages, its feeds and the search index. So the
 * model holds where a body lies in this file, and each use reads it back (from the operating
 * system's cache, as a rule); what a build keeps in memory is then the metadata that pages share.
 * (Holding the first 64 MB of bodies in memory instead gained nothing measurable at 5,000 articles
 * and made serve's rebuild at 100,000 articles 15 → 25 s, short of heap.)
 *
 * <p>Bodies are written as they are parsed, by several threads at once, into a buffer that goes to
 * the file when full or when a body not yet in the file is read. The file is made with the first
 * body and has no name once open ({@link ScratchFile}); {@link #close()} frees it, and a body read
 * after that fails.
 */
public final class BodyFile implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;

    /** In the machine's byte order: the file is read back only by this process, and characters are copied without swapping. */
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.nativeOrder());
    private final char[] copied = new char[1 << 12];
    private volatile ScratchFile file;
    private volatile FileChannel channel;
    /** Bytes in the file, and so where the buffer's first byte will go. */
    private volatile long written;
    /** Why writing to the file failed, if it did. */
    private volatile UncheckedIOException failure;

    private BodyFile() {
    }

    /** Bodies kept in a file made when the first one is stored. */
    public static BodyFile create() {
        return new BodyFile();
    }

    /** Stores a body; the result reads it back from the file. */
    public Body store(String html, String text) {
        long offset = append(html, text);
        return new Stored(this, offset, html.length(), text.length(), Body.showsImages(html));
    }

    /**
     * Appends the characters of {@code html} then of {@code text}, two bytes each as Java holds them:
     * copying them costs far less than encoding them as UTF-8 and decoding them again, and most of a
     * body is Chinese, which takes three bytes in UTF-8.
     */
    private synchronized long append(String html, String text) {
        throwIfFailed();
        if (channel == null) {
            open();
        }
        long offset = written + buffer.position();
        for (String chars : new String[]{html, text}) {
            for (int from = 0; from < chars.length(); ) {
                if (buffer.remaining() < 2) {
                    flush();
                }
                int to = Math.min(chars.length(), from + Math.min(buffer.remaining() / 2, copied.length));
                // Through a char array: a view buffer copies a string one character at a time, an array at once.
                chars.getChars(from, to, copied, 0);
                buffer.asCharBuffer().put(copied, 0, to - from);
                buffer.position(buffer.position() + 2 * (to - from));
                from = to;
            }
        }
        return offset;
    }

    /** Makes the file, which has no name once open, so that nothing is left behind however the program ends. */
    private void open() {
        try {
            file = ScratchFile.create("jianbao-bodies-", ".utf16");
            channel = file.channel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void flush() {
        throwIfFailed();
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                written += channel.write(buffer, written);
            }
        } catch (IOException e) {
            failure = new UncheckedIOException(e);
            throw failure;
        } finally {
            buffer.clear();
        }
    }

    /**
     * Fails as the first failed write did (a full disk, as a rule): the bodies it held are lost, and
     * the threads still parsing or reading must say why rather than find the file cut short.
     */
    private void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    /** The {@code length} characters from byte {@code offset}. */
    private String read(long offset, int length) {
        throwIfFailed();
        if (offset + 2L * length > written) {
            flush();
        }
        ByteBuffer bytes = ByteBuffer.allocate(2 * length).order(ByteOrder.nativeOrder());
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("unexpected end of " + file.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        char[] chars = new char[length];
        bytes.flip().asCharBuffer().get(chars);
        return new String(chars);
    }

    /** The name the file of the bodies was made with, if one was made (it is gone while the file is open, where the system allows). */
    synchronized Path path() {
        return file == null ? null : file.name();
    }

    /** The bytes in the file of the bodies; 0 before the first body. */
    synchronized long fileSize() {
        try {
            return channel == null ? 0 : channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes and deletes the file, if one was made. */
    @Override
    public synchronized void close() {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body in the file: its HTML's characters from byte {@code offset}, then its text's. Two are
     * equal when they are the same place of the same file.
     */
    private record Stored(BodyFile file, long offset, int htmlLength, int textLength, boolean hasImages) implements Body {

        @Override
        public String html() {
            return file.read(offset, htmlLength);
        }

        @Override
        public String text() {
            return file.read(offset + 2L * htmlLength, textLength);
        }
    }
}
