package jianbao.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import jianbao.model.Body;

/**
 * Article bodies kept in a temporary file instead of in memory, for the length of one build. The
 * bodies are most of an archive (about 230 MB of text at 100,000 articles), while a build needs
 * each only a few times: for its pages, its feeds and the search index. So the model holds where
 * a body lies in this file, and each use reads it back (from the operating system's cache, as a
 * rule); what a build keeps in memory is then the metadata that pages share.
 *
 * <p>Bodies are written as they are parsed, by several threads at once, into a buffer that goes to
 * the file when full or when a body not yet in the file is read. The file is deleted on
 * {@link #close()}; a body read after that fails.
 */
public final class BodyFile implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;

    private final Path path;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    /** Bytes in the file, and so where the buffer's first byte will go. */
    private volatile long written;

    private BodyFile(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** A new, empty file in the system's temporary folder, readable by its owner only. */
    public static BodyFile create() {
        try {
            Path path = Files.createTempFile("jianbao-bodies-", ".txt");
            return new BodyFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a body; the result reads it back from the file. */
    public Body store(String html, String text) {
        byte[] htmlBytes = html.getBytes(StandardCharsets.UTF_8);
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        long offset = append(htmlBytes, textBytes);
        return new Stored(this, offset, htmlBytes.length, textBytes.length);
    }

    private synchronized long append(byte[] html, byte[] text) {
        long offset = written + buffer.position();
        for (byte[] bytes : new byte[][]{html, text}) {
            if (bytes.length > buffer.remaining()) {
                flush();
            }
            if (bytes.length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(bytes));
            } else {
                buffer.put(bytes);
            }
        }
        return offset;
    }

    private synchronized void flush() {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                written += channel.write(bytes, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(long offset, int length) {
        if (offset + length > written) {
            flush();
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("unexpected end of " + path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    /** Where the bodies are. */
    Path path() {
        return path;
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body in the file: its HTML's bytes from {@code offset}, then its text's. Two are equal when
     * they are the same place of the same file.
     */
    private record Stored(BodyFile file, long offset, int htmlBytes, int textBytes) implements Body {

        @Override
        public String html() {
            return file.read(offset, htmlBytes);
        }

        @Override
        public String text() {
            return file.read(offset + htmlBytes, textBytes);
        }
    }
}
