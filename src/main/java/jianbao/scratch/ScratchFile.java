package jianbao.scratch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file for data too large to hold in memory, open for reading and writing. It is made
 * in the system's temporary folder, readable by its owner only, and loses its name as soon as it is
 * open: the system keeps the file for the open channel and frees it when the program ends, however
 * it ends (Ctrl+C, kill -9), so nothing is left behind. Where open files cannot lose their name
 * (Windows), it is deleted on {@link #close()} or when the program exits normally.
 */
public final class ScratchFile implements AutoCloseable {

    private final Path name;
    private final FileChannel channel;

    private ScratchFile(Path name, FileChannel channel) {
        this.name = name;
        this.channel = channel;
    }

    /** A new, empty file whose name starts with {@code prefix} and ends with {@code suffix}. */
    public static ScratchFile create(String prefix, String suffix) throws IOException {
        Path name = Files.createTempFile(prefix, suffix);
        FileChannel channel;
        try {
            channel = FileChannel.open(name, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(name);
            throw e;
        }
        try {
            Files.delete(name);
        } catch (IOException stillOpen) {
            name.toFile().deleteOnExit();
        }
        return new ScratchFile(name, channel);
    }

    public FileChannel channel() {
        return channel;
    }

    /** The name the file was made with: gone while it is open, where the system allows. */
    public Path name() {
        return name;
    }

    /** Closes the file, which frees it, and deletes it if it kept its name. */
    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(name);
    }
}
