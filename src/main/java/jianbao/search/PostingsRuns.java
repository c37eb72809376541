package jianbao.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import jianbao.scratch.ScratchFile;

/**
 * Postings built in bounded memory (keys compare as unsigned numbers): whenever the {@link PostingsTable} being filled holds more than
 * a limit, it is written in key order to a temporary file (a run) and emptied; at the end the runs
 * and the last table are merged key by key. Documents arrive in id order, so a key's chunks, taken
 * run by run, are in id order too. Memory holds one table and one buffered reader per run.
 *
 * <p>A run's file is a {@link ScratchFile}, so that runs of hundreds of megabytes are freed whenever
 * the program ends, also by Ctrl+C or kill -9, instead of staying in the temporary folder.
 */
final class PostingsRuns implements AutoCloseable {

    /** Receives each key, in ascending order, with its chunks, one per run that has it, oldest first. */
    @FunctionalInterface
    interface KeyConsumer {
        void accept(long key, List<byte[]> chunks);
    }

    private final long limit;
    private final List<ScratchFile> runs = new ArrayList<>();
    private PostingsTable table = new PostingsTable();

    /** @param limit the bytes a table may hold before it is spilled */
    PostingsRuns(long limit) {
        this.limit = limit;
    }

    /** The table to add documents to, spilling the current one first if it holds too much. */
    PostingsTable table() {
        if (!table.isEmpty() && table.bytes() > limit) {
            spill();
        }
        return table;
    }

    int spilled() {
        return runs.size();
    }

    private void spill() {
        try {
            ScratchFile run = ScratchFile.create("jianbao-search-", ".run");
            runs.add(run);
            // Not closed: that would close the channel, which the merge reads back.
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(run.channel()), 1 << 16));
            for (long key : table.sortedKeys()) {
                byte[] postings = table.postings(key);
                out.writeLong(key);
                out.writeInt(postings.length);
                out.write(postings);
            }
            out.flush();
            table = new PostingsTable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every key with its chunks to {@code consumer}, in key order. */
    void merge(KeyConsumer consumer) {
        List<Source> sources = new ArrayList<>();
        try {
            for (ScratchFile run : runs) {
                sources.add(new FileSource(sources.size(), run.channel().position(0)));
            }
            sources.add(new TableSource(sources.size(), table));
            PriorityQueue<Source> queue = new PriorityQueue<>(((Comparator<Source>) (a, b) -> Long.compareUnsigned(a.key, b.key)).thenComparingInt(s -> s.order));
            for (Source source : sources) {
                if (source.advance()) {
                    queue.add(source);
                }
            }
            List<byte[]> chunks = new ArrayList<>();
            while (!queue.isEmpty()) {
                long key = queue.peek().key;
                chunks.clear();
                while (!queue.isEmpty() && queue.peek().key == key) {
                    Source source = queue.poll();
                    chunks.add(source.postings);
                    if (source.advance()) {
                        queue.add(source);
                    }
                }
                consumer.accept(key, chunks);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Source source : sources) {
                source.close();
            }
        }
    }

    /** Closes the runs' files, which frees them, and deletes those that kept their name. */
    @Override
    public void close() {
        try {
            for (ScratchFile run : runs) {
                run.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private abstract static class Source {
        final int order;
        long key;
        byte[] postings;

        Source(int order) {
            this.order = order;
        }

        abstract boolean advance() throws IOException;

        void close() {
        }
    }

    private static final class FileSource extends Source {
        private final DataInputStream in;

        FileSource(int order, FileChannel run) {
            super(order);
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(run), 1 << 16));
        }

        @Override
        boolean advance() throws IOException {
            try {
                key = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            postings = new byte[in.readInt()];
            in.readFully(postings);
            return true;
        }

        @Override
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class TableSource extends Source {
        private final PostingsTable table;
        private final long[] keys;
        private int next;

        TableSource(int order, PostingsTable table) {
            super(order);
            this.table = table;
            this.keys = table.sortedKeys();
        }

        @Override
        boolean advance() {
            if (next == keys.length) {
                return false;
            }
            key = keys[next++];
            postings = table.postings(key);
            return true;
        }
    }
}
