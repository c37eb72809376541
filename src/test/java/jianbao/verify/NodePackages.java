package jianbao.verify;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The npm packages the verification tests use: axe-core (the accessibility engine, injected into
 * pages) and vnu-jar (the Nu HTML Checker), which {@code bin/test} installs into {@code target/npm}.
 * A missing package fails the test with the command that installs it.
 */
final class NodePackages {

    private NodePackages() {
    }

    private static Path folder() {
        return Path.of("target/npm").toAbsolutePath();
    }

    /** axe-core's browser bundle. */
    static Path axe() {
        return require(folder().resolve("node_modules/axe-core/axe.min.js"), "axe-core");
    }

    /** The Nu HTML Checker's jar. */
    static Path vnu() {
        return require(folder().resolve("node_modules/vnu-jar/build/dist/vnu.jar"), "vnu-jar");
    }

    private static Path require(Path file, String pkg) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the npm package " + pkg + " is missing (" + file
                    + "): run the tests with bin/test, which installs it");
        }
        return file;
    }
}
