package jianbao.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm packages the verification tests use: axe-core (the accessibility engine, injected into
 * pages) and vnu-jar (the Nu HTML Checker). They live in {@code target/npm}, or in the folder named
 * by the system property {@code jianbao.npm} or the environment variable {@code JIANBAO_NPM}; when
 * they are not there the tests install them with npm, and fail naming what is missing.
 */
final class NodePackages {

    static final String AXE_CORE = "axe-core@4.14.1";
    static final String VNU_JAR = "vnu-jar@26.9.27";

    private NodePackages() {
    }

    static Path folder() {
        String configured = System.getProperty("jianbao.npm", System.getenv("JIANBAO_NPM"));
        return Path.of(configured == null || configured.isBlank() ? "target/npm" : configured).toAbsolutePath();
    }

    /** axe-core's browser bundle. */
    static Path axe() {
        return require(folder().resolve("node_modules/axe-core/axe.min.js"), AXE_CORE);
    }

    /** The Nu HTML Checker's jar. */
    static Path vnu() {
        return require(folder().resolve("node_modules/vnu-jar/build/dist/vnu.jar"), VNU_JAR);
    }

    /** The command that installs both packages, as CI runs it. */
    static String installCommand() {
        return "npm install --prefix " + folder() + " --no-audit --no-fund --ignore-scripts --no-save " + AXE_CORE + " " + VNU_JAR;
    }

    private static synchronized Path require(Path file, String pkg) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        install();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(pkg + " is missing: " + file + " was not installed by: " + installCommand());
        }
        return file;
    }

    /** Installs both packages at once: npm removes packages it was not asked for. */
    private static void install() {
        List<String> command = List.of("npm", "install", "--prefix", folder().toString(), "--no-audit", "--no-fund",
                "--ignore-scripts", "--no-save", AXE_CORE, VNU_JAR);
        Process npm;
        try {
            Files.createDirectories(folder());
            npm = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is missing (" + e.getMessage() + "); the verification tests need Node.js "
                    + "and npm to install " + AXE_CORE + " and " + VNU_JAR + ": apt-get install -y nodejs npm, then "
                    + installCommand(), e);
        }
        try {
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("could not install " + AXE_CORE + " and " + VNU_JAR + " with "
                        + installCommand() + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("npm failed: " + installCommand(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing npm packages", e);
        }
    }
}
