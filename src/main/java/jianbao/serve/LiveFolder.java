package jianbao.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jianbao.output.OutputFolder;

/** The output folder while it is being served: files are changed in place, one by one. */
final class LiveFolder {

    private final Path root;

    LiveFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    void write(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file of the site. */
    byte[] read(String relativePath) {
        try {
            return Files.readAllBytes(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file does not hold exactly {@code bytes}, or is not there. */
    boolean differs(String relativePath, byte[] bytes) {
        try {
            return !Arrays.equals(Files.readAllBytes(root.resolve(relativePath)), bytes);
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void copy(Path source, String relativePath) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file and then every folder above it that this left empty. */
    void delete(String relativePath) {
        Path file = root.resolve(relativePath);
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the site under the folder (not jianbao's marker), by its path relative to it with forward slashes. */
    Set<String> files() {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(file -> !file.equals(OutputFolder.MARKER)).forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
