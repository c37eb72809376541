package jianbao.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import jianbao.TestSites;

/**
 * Issue 45 of 《上街信息》 as the office produced it (a copy of shared/seed), the hand-made issue
 * source it must become, and variants of the seed written for a test.
 */
public final class Seed {

    static final Path CANONICAL = Path.of("content/issues/2024/045.md");

    private Seed() {
    }

    static Path file() {
        try {
            return Path.of(Objects.requireNonNull(Seed.class.getResource("shangjie-xinxi-2024-045.txt")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text() {
        return TestSites.read(file());
    }

    /**
     * The issue source the seed must become: the sample's, except for two slips of the printed issue
     * that the sample corrects (a stray English word and the nonstandard 台帐, which {@code check}
     * reports) and that the importer keeps as printed.
     */
    public static String canonical() {
        return TestSites.read(CANONICAL).replace("柔性与刚性执法并施", "柔性 with 刚性执法并施").replace("中各单位台账、", "中各单位台帐、");
    }

    /** The seed with {@code from} replaced by {@code to}, which must occur in it exactly once. */
    static String replacing(String from, String to) {
        return replacing(text(), from, to);
    }

    static String replacing(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the seed: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static Path write(Path folder, String name, String text, Charset charset) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path folder, String text) {
        return write(folder, "issue.txt", text, StandardCharsets.UTF_8);
    }

}
