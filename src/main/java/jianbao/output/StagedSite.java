package jianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * A site being written. Files go to a staging folder beside the output folder; {@link #commit()}
 * moves them into the output folder only once everything has been written, so a failed build leaves
 * the previous site as it was. The commit moves file by file, each move replacing the old file at
 * once, so the output folder and every page that both the old and the new site have are there at
 * every moment; files the new site no longer has are deleted last.
 */
public final class StagedSite implements SiteFiles, AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path output;
    private final Path staging;
    /** Every file staged, by its path relative to the site's root: what the commit moves, without listing the folder again. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean committed;
    private final ReadWriteLock discarding = new ReentrantReadWriteLock();
    private boolean discarded;

    private StagedSite(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Starts writing a site that will replace the contents of {@code folder}, which the caller holds. */
    static StagedSite begin(OutputFolder folder) {
        try {
            Path staging = createStaging(folder.path());
            Files.write(staging.resolve(OutputFolder.MARKER), OutputFolder.markerText());
            return new StagedSite(folder.path(), staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new folder beside the output. Unlike a temporary folder (readable by its owner only), it gets
     * the permissions of any new folder, so that a web server running as another user can read the site.
     */
    private static Path createStaging(Path output) throws IOException {
        while (true) {
            Path staging = OutputFolder.sibling(output, ".building-" + Long.toUnsignedString(RANDOM.nextLong(), 36));
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
            staged.add(staging.relativize(file).toString());
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

    /** How many files have been written or copied so far (a file written twice counts once). */
    public int fileCount() {
        return staged.size();
    }

    /**
     * Puts the staged site in place of the output folder's contents. Files other than pages go first
     * and pages last, so that no page links to a file not there yet; within each, files move on
     * every core.
     */
    public void commit() {
        try {
            if (!Files.exists(output)) {
                move(staging, output);
            } else {
                List<String> files = new ArrayList<>(staged);
                files.add(OutputFolder.MARKER);
                createFolders(files);
                for (boolean pages : new boolean[] {false, true}) {
                    files.parallelStream().filter(file -> file.endsWith(".html") == pages)
                            .forEach(file -> moveOver(staging.resolve(file), output.resolve(file)));
                }
                deleteAllBut(new HashSet<>(files));
                deleteTree(staging);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the folders of {@code staged} in the output, where the old site may have had a file instead. */
    private void createFolders(List<String> staged) throws IOException {
        Set<Path> created = new HashSet<>();
        for (String file : staged) {
            Path folder = output.resolve(file).getParent();
            if (created.add(folder)) {
                for (Path f = folder; !f.equals(output); f = f.getParent()) {
                    if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(f);
                    }
                }
                Files.createDirectories(folder);
            }
        }
    }

    private static void moveOver(Path from, Path to) {
        try {
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(to);
            }
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every file of the output not in {@code kept}, and the folders that leaves empty. */
    private void deleteAllBut(Set<String> kept) throws IOException {
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!kept.contains(output.relativize(file).toString())) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(output)) {
                    try (Stream<Path> entries = Files.list(dir)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
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
