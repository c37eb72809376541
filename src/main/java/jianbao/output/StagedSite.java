package jianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * A site being written. Files go to a staging folder beside the output folder; {@link #commit()}
 * replaces the output folder with it only once everything has been written, so a failed build
 * leaves the previous site as it was and readers never see a half-written one.
 */
public final class StagedSite implements SiteFiles, AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path output;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean committed;
    private final ReadWriteLock discarding = new ReentrantReadWriteLock();
    private boolean discarded;

    private StagedSite(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Starts writing a site that will replace {@code output}. Refuses, before writing anything, an
     * output whose replacement would destroy what is not a generated site: a file, a folder that
     * holds one of {@code keep} (the content and themes folders) or the working folder, or a
     * folder with files but no index.html.
     */
    public static StagedSite begin(Path output, Collection<Path> keep) {
        Path absolute = output.toAbsolutePath().normalize();
        checkReplaceable(absolute, keep);
        try {
            Files.createDirectories(absolute.getParent());
            return new StagedSite(absolute, createStaging(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkReplaceable(Path output, Collection<Path> keep) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UnsafeOutputException("输出位置 " + output + " 是一个文件，不是网站目录。请换一个输出目录。");
        }
        List<Path> kept = new ArrayList<>();
        keep.forEach(path -> kept.add(path.toAbsolutePath().normalize()));
        kept.add(Path.of("").toAbsolutePath());
        for (Path path : kept) {
            if (path.startsWith(output)) {
                throw new UnsafeOutputException("输出目录 " + output + " 就是或包含 " + path + "，生成网站时会被整个替换。请换一个输出目录，如 site。");
            }
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve("index.html"))) {
            try (Stream<Path> listing = Files.list(output)) {
                if (listing.findAny().isPresent()) {
                    throw new UnsafeOutputException("输出目录 " + output + " 里有文件，但不像是生成的网站（没有 index.html）。"
                            + "为免误删，请换一个输出目录，或先把它清空。");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The output folder given cannot be replaced without destroying what is not a generated site. */
    public static final class UnsafeOutputException extends RuntimeException {
        UnsafeOutputException(String message) {
            super(message);
        }
    }

    /**
     * A new folder beside the output. Unlike a temporary folder (readable by its owner only), it gets
     * the permissions of any new folder, so that a web server running as another user can read the site.
     */
    private static Path createStaging(Path output) throws IOException {
        while (true) {
            Path staging = output.resolveSibling("." + output.getFileName() + ".building-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(staging);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    /** Writes {@code bytes} to {@code relativePath}, creating folders as needed. */
    @Override
    public void write(String relativePath, byte[] bytes) {
        whileOpen(file -> Files.write(file, bytes), relativePath);
    }

    @Override
    public void copy(Path source, String relativePath) {
        whileOpen(file -> Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING), relativePath);
    }

    /** Writing one file into the staging folder. */
    @FunctionalInterface
    private interface FileWrite {
        void to(Path file) throws IOException;
    }

    /**
     * Writes a file unless the build was abandoned. When one page of a build fails, other threads may
     * still be writing; they must not leave files behind once {@link #close()} removed the folder.
     */
    private void whileOpen(FileWrite write, String relativePath) {
        Path file = staging.resolve(relativePath);
        Lock open = discarding.readLock();
        open.lock();
        try {
            if (discarded) {
                throw new IllegalStateException("the build was abandoned");
            }
            createFolder(file.getParent());
            write.to(file);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.unlock();
        }
    }

    /**
     * Creates a folder of the staging folder once: asking the file system again for every file costs
     * more than writing the file. Other threads writing into the same folder wait until it exists.
     */
    private void createFolder(Path folder) {
        folders.computeIfAbsent(folder, created -> {
            try {
                Files.createDirectories(created);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }

    /** How many files have been written or copied so far. */
    public int fileCount() {
        return files.get();
    }

    /** Puts the staged site in place of the output folder. */
    public void commit() {
        Path previous = output.resolveSibling("." + output.getFileName() + ".previous");
        try {
            deleteTree(previous);
            if (Files.exists(output)) {
                move(output, previous);
            }
            move(staging, output);
            committed = true;
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards the staged files unless committed. */
    @Override
    public void close() {
        if (!committed) {
            Lock closing = discarding.writeLock();
            closing.lock();
            try {
                discarded = true;
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closing.unlock();
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
