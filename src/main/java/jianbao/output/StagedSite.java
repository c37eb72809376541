package jianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jianbao.parallel.ParallelLoop;

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
    /** The folders of the staging folder made so far, each made once. */
    private final Map<Path, Boolean> stagingFolders = new ConcurrentHashMap<>();
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
        whileOpen(file -> writeWhole(file, bytes), relativePath);
    }

    /**
     * Writes {@code bytes} as {@code file} in one call to the system, where {@link Files#write} hands
     * them over 8 KB at a time: most pages are larger than that.
     */
    private static void writeWhole(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
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
        stagingFolders.computeIfAbsent(folder, created -> {
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
     * every core. Each folder is looked at once: asking the file system about every file costs more
     * than moving it.
     */
    public void commit() {
        try {
            if (!Files.exists(output)) {
                move(staging, output);
            } else {
                List<String> files = new ArrayList<>(staged);
                files.add(OutputFolder.MARKER);
                SortedSet<String> siteFolders = foldersOf(files);
                createFolders(siteFolders);
                for (boolean pages : new boolean[] {false, true}) {
                    ParallelLoop.forEach(files.stream().filter(file -> file.endsWith(".html") == pages).toList(),
                            file -> moveOver(staging.resolve(file), output.resolve(file)));
                }
                deleteAllBut(output, new HashSet<>(files), siteFolders);
                deleteStaging(siteFolders);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders that hold {@code files} and the folders above them, relative to the site's root: each before those within it. */
    private static SortedSet<String> foldersOf(List<String> files) {
        SortedSet<String> siteFolders = new TreeSet<>();
        for (String file : files) {
            Path folder = Path.of(file).getParent();
            while (folder != null && siteFolders.add(folder.toString())) {
                folder = folder.getParent();
            }
        }
        return siteFolders;
    }

    /** Creates {@code folders} in the output, where the old site may have had a file or a link instead. */
    private void createFolders(SortedSet<String> folders) throws IOException {
        for (String folder : folders) {
            Path created = output.resolve(folder);
            if (!Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(created);
                Files.createDirectory(created);
            }
        }
    }

    private static void moveOver(Path from, Path to) {
        try {
            try {
                replace(from, to);
            } catch (IOException e) {
                // The old site has a folder where the new one has this file: the folder goes.
                if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                deleteTree(to);
                replace(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes everything in {@code folder} of the output but the files {@code kept} and the
     * {@code folders} that hold them, both relative to the site's root. Only what goes is looked at
     * further: the new site's files and folders are known by their names.
     */
    private void deleteAllBut(Path folder, Set<String> kept, Set<String> folders) throws IOException {
        List<Path> unkept = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String relative = output.relativize(entry).toString();
                if (folders.contains(relative)) {
                    deleteAllBut(entry, kept, folders);
                } else if (!kept.contains(relative)) {
                    unkept.add(entry);
                }
            }
        }
        for (Path entry : unkept) {
            deleteTree(entry);
        }
    }

    /** Deletes the staging folder, which only folders are left in once every file moved: the deepest first. */
    private void deleteStaging(SortedSet<String> folders) throws IOException {
        List<String> deepestFirst = new ArrayList<>(folders);
        Collections.reverse(deepestFirst);
        try {
            for (String folder : deepestFirst) {
                Files.delete(staging.resolve(folder));
            }
            Files.delete(staging);
        } catch (DirectoryNotEmptyException e) {
            deleteTree(staging);
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
