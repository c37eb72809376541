package jianbao.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import jianbao.output.SiteFiles;

/**
 * Where the writer puts the index's binary files: each is compressed with raw DEFLATE (RFC 1951),
 * which search.js undoes, so that the index takes on disk about what it takes on the wire. Files
 * are compressed in parallel in batches of a few megabytes and written as each batch is done, so
 * only a batch is held. The checksum of every file is kept for the manifest's version.
 */
final class IndexFiles {

    private static final int BATCH_BYTES = 8 << 20;

    private final SiteFiles out;
    private final SortedMap<String, long[]> checksums = new TreeMap<>();
    private final List<Map.Entry<String, byte[]>> pending = new ArrayList<>();
    private int pendingBytes;

    IndexFiles(SiteFiles out) {
        this.out = out;
    }

    /** Compresses and writes {@code bytes} as {@code path}, now or with the batch it joins. */
    void add(String path, byte[] bytes) {
        pending.add(Map.entry(path, bytes));
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
        List<long[]> sums = pending.parallelStream().map(file -> {
            byte[] compressed = deflate(file.getValue());
            out.write(file.getKey(), compressed);
            CRC32C crc = new CRC32C();
            crc.update(compressed);
            return new long[]{crc.getValue(), compressed.length};
        }).toList();
        for (int i = 0; i < sums.size(); i++) {
            checksums.put(pending.get(i).getKey(), sums.get(i));
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
            checksum.update(java.nio.ByteBuffer.allocate(8).putLong(file.getValue()[0]).array());
            length += file.getValue()[1];
        }
        return String.format("%08x%04x", checksum.getValue(), length & 0xFFFF);
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            Varints out = new Varints(bytes.length / 2 + 64);
            byte[] buffer = new byte[1 << 14];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
