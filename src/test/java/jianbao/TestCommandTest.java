package jianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's test command, bin/test, run with stand-ins for dpkg, apt-get, npm and mvn that record how
 * they were called: it installs what is missing when it can, stops at once naming the packages when it
 * cannot, and always ends by running Maven. CI runs the same command.
 */
class TestCommandTest {

    private static final String PACKAGES = "chromium chromium-driver fonts-noto-cjk nginx";

    @TempDir
    Path root;

    /** What a run of bin/test did: its exit status, what it printed and the commands it called. */
    private record Run(int status, String out, String err, List<String> calls) {
    }

    @Test
    void readmeAndCiRunTheSameTestCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher quickStart = Pattern.compile("## Quick start\\n.*?\\n\\n {4}(.+?)\\n {4}(\\S+)[^\\n]*# runs all the tests",
                Pattern.DOTALL).matcher(readme);
        assertTrue(quickStart.find(), "README's quick start gives the build command, then the test command");
        assertEquals("bin/test", quickStart.group(2));
        List<String> ciCommands = Files.readAllLines(Path.of(".ci/run")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "))
                .toList();
        assertEquals("bin/test", ciCommands.get(0), "CI runs README's test command first");
    }

    @Test
    void withoutRootOrAptItStopsAtOnceNamingThePackages() throws Exception {
        Run run = run(false, false, false);
        assertEquals(2, run.status());
        assertTrue(run.err().contains(PACKAGES), run.err());
        assertTrue(run.err().contains("bin/test --fast"), run.err());
        assertEquals(List.of("dpkg-query", "dpkg-query", "dpkg-query", "dpkg-query", "id"), run.calls().stream().map(c -> c.split(" ")[0]).toList());
    }

    @Test
    void asRootItInstallsWhatIsMissingThenRunsMaven() throws Exception {
        Run run = run(true, true, false);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("bin/test: installing " + PACKAGES + " with apt-get"), run.out());
        assertTrue(run.calls().contains("apt-get install -y -qq --no-install-recommends " + PACKAGES), run.calls().toString());
        assertTrue(run.calls().stream().anyMatch(c -> c.startsWith("npm install --prefix target/npm")), run.calls().toString());
        assertEquals("mvn -B test", run.calls().get(run.calls().size() - 1));
    }

    @Test
    void whenEverythingIsThereItInstallsNothing() throws Exception {
        Run run = run(false, false, true);
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("installing"), run.out());
        assertEquals(List.of("mvn -B test -Dtest=SampleSiteTest"), run.calls().stream().filter(c -> !c.startsWith("dpkg-query")).toList());
    }

    @Test
    void theFastLoopInstallsNothingAndLeavesOutTheTaggedTests() throws Exception {
        Run run = run(false, false, false, "--fast");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("mvn -B test -Pfast"), run.calls());
    }

    private Run run(boolean asRoot, boolean aptGet, boolean installed, String... arguments) throws Exception {
        Path checkout = root.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(Path.of("bin/test"), checkout.resolve("bin/test"));
        Path stubs = Files.createDirectories(root.resolve("stubs"));
        Path calls = root.resolve("calls.txt");
        Files.deleteIfExists(calls);
        String record = "echo \"$(basename \"$0\") $*\" >> " + calls + "\n";
        // A package removed but not purged: dpkg-query still knows it, not as installed.
        stub(stubs, "dpkg-query", record + "printf '" + (installed ? "install ok installed" : "deinstall ok config-files") + "'");
        stub(stubs, "id", record + "echo " + (asRoot ? 0 : 1000));
        stub(stubs, "npm", record);
        stub(stubs, "mvn", record);
        if (aptGet) {
            stub(stubs, "apt-get", record);
        }
        if (installed) {
            for (String pkg : List.of("axe-core\": \"4.14.1", "vnu-jar\": \"26.9.27")) {
                String name = pkg.substring(0, pkg.indexOf('"'));
                String version = pkg.substring(pkg.lastIndexOf('"') + 1);
                Path json = checkout.resolve("target/npm/node_modules/" + name + "/package.json");
                Files.createDirectories(json.getParent());
                Files.writeString(json, "{\n  \"name\": \"" + name + "\",\n  \"version\": \"" + version + "\"\n}\n");
            }
        }
        for (String tool : List.of("dirname", "basename", "grep")) {
            stub(stubs, tool, "exec /usr/bin/" + tool + " \"$@\"");
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/bash", checkout.resolve("bin/test").toString()));
        command.addAll(List.of(arguments.length > 0 ? arguments : installed ? new String[] {"-Dtest=SampleSiteTest"} : new String[0]));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("PATH", stubs.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> called = Files.exists(calls) ? Files.readAllLines(calls).stream().map(String::strip).toList() : List.of();
        return new Run(process.exitValue(), out, err, called);
    }

    private static void stub(Path folder, String name, String body) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "#!/usr/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
