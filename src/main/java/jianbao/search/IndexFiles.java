package jianbao.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import jianbao.output.SiteFiles;
import jianbao.parallel.ParallelLoop;

/**
 * Where the writer puts the index's binary files: each is compressed with raw DEFLATE (RFC 1951),
 * which search.js undoes, so that the index takes on disk about what it takes on the wire. Files
 * are compressed in parallel in batches of a few megabytes and written as each batch is done, so
 * only a batch is held. The checksum of every file is kept for the manifest's version.
 *
 * <p>Shards of numbers (document sets, positions) hold few repeated strings, so they are coded with
 * Huffman codes only: at 5,000 articles that makes them 1 % smaller than DEFLATE's usual search
 * for repeats and takes half the time. Document packs (JSON text) are written in UTF-16LE, where a
 * Chinese character takes two bytes rather than UTF-8's three, and compressed at level 3: on the
 * packs of 20,000 generated articles that reads a fifth fewer bytes than UTF-8 and compresses them
 * 43 % faster than UTF-8 at the usual level 6, into 3 % fewer bytes. Each thread keeps its
 * compressors: setting one up for every file cost more than a third of the time.
 */
final class IndexFiles {

    private static final int BATCH_BYTES = 8 << 20;

    private final SiteFiles out;
    private final SortedMap<String, long[]> checksums;
    private final List<Pending> pending = new ArrayList<>();
    private int pendingBytes;

    IndexFiles(SiteFiles out) {
        this(out, new TreeMap<>());
    }

    /** Files written to {@code out} in addition to those of {@code written}, path and checksum, which stay unless forgotten. */
    IndexFiles(SiteFiles out, SortedMap<String, long[]> written) {
        this.out = out;
        this.checksums = new TreeMap<>(written);
    }

    /** Leaves {@code path}, written before, out of the index. */
    void forget(String path) {
        checksums.remove(path);
    }

    /** The paths and checksums of every file of the index but the manifest. */
    SortedMap<String, long[]> checksums() {
        flush();
        return new TreeMap<>(checksums);
    }

    /** A file to compress, and whether it is text (rather than numbers). */
    private record Pending(String path, byte[] bytes, boolean text) {
    }

    /** Compresses and writes {@code bytes}, numbers, as {@code path}, now or with the batch it joins. */
    void add(String path, byte[] bytes) {
        add(new Pending(path, bytes, false));
    }

    /** Compresses and writes {@code text} as UTF-16LE in {@code path}, now or with the batch it joins. */
    void addText(String path, String text) {
        add(new Pending(path, utf16le(text), true));
    }

    /**
     * The characters of {@code text} as they are, two bytes each, low byte first: a copy of the whole
     * array, where the charset encoder of {@code getBytes} checks and writes one character at a time
     * (36 of the index's 550 ms of CPU at 5,000 articles went to that). The text was decoded from
     * well-formed UTF-8 and holds no lone surrogate for the encoder to replace.
     */
    private static byte[] utf16le(String text) {
        byte[] bytes = new byte[2 * text.length()];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(text.toCharArray());
        return bytes;
    }

    private void add(Pending file) {
        byte[] bytes = file.bytes();
        pending.add(file);
        pendingBytes += bytes.length;
        if (pendingBytes > BATCH_BYTES) {
            flush();
        }
    }

    /** Writes {@code text} as it is: the manifest, which the browser reads first. */
    void addPlain(String path, String text) {
        flush();
        out.write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void flush() {
        List<long[]> sums = ParallelLoop.map(pending, file -> {
            byte[] compressed = deflate(file.bytes(), file.text());
            out.write(file.path(), compressed);
            CRC32C crc = new CRC32C();
            crc.update(compressed);
            return new long[]{crc.getValue(), compressed.length};
        });
        for (int i = 0; i < sums.size(); i++) {
            checksums.put(pending.get(i).path(), sums.get(i));
        }
        pending.clear();
        pendingBytes = 0;
    }

    /** A short checksum of every file written, so browsers never mix files of two builds. */
    String version() {
        flush();
        CRC32C checksum = new CRC32C();
        long length = 0;
        for (Map.Entry<String, long[]> file : checksums.entrySet()) {
            checksum.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            checksum.update(ByteBuffer.allocate(8).putLong(file.getValue()[0]).array());
            length += file.getValue()[1];
        }
        return String.format("%08x%04x", checksum.getValue(), length & 0xFFFF);
    }

    /** DEFLATE's level for text; see the class comment. */
    private static final int TEXT_LEVEL = 3;

    private static final ThreadLocal<Deflater> TEXT = ThreadLocal.withInitial(() -> new Deflater(TEXT_LEVEL, true));
    private static final ThreadLocal<Deflater> NUMBERS = ThreadLocal.withInitial(() -> {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        return deflater;
    });

    static byte[] deflate(byte[] bytes, boolean text) {
        Deflater deflater = (text ? TEXT : NUMBERS).get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        Varints out = new Varints(bytes.length / 2 + 64);
        byte[] buffer = new byte[1 << 14];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * What {@link #deflate} compressed, as search.js and serve's mending read it back; fails with an
     * {@link IllegalStateException} if the data is cut short or damaged.
     */
    static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            // Without the zlib wrapper the inflater may want one byte past the data to see its end.
            inflater.setInput(Arrays.copyOf(deflated, deflated.length + 1));
            byte[] out = new byte[deflated.length * 4 + 64];
            int size = 0;
            while (!inflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int n = inflater.inflate(out, size, out.length - size);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("an index file is cut short");
                }
                size += n;
            }
            return Arrays.copyOf(out, size);
        } catch (DataFormatException e) {
            throw new IllegalStateException("an index file is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
