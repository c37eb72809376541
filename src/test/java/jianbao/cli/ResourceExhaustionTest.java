package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianbao.ArchiveGenerator;
import jianbao.ChildJvm;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of memory or disk space says so in one plain sentence, exits with 1, leaves no
 * staging folder and the previous site as it was. Each runs the command line in a JVM of its own.
 */
class ResourceExhaustionTest {

    @TempDir
    Path root;

    @Test
    void runningOutOfMemoryIsToldPlainlyAndKeepsThePreviousSite() throws IOException {
        Path small = TestSites.fixtureContent(root.resolve("small"), 20);
        TestSites.write(small.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        Path site = root.resolve("site");
        assertEquals(0, Main.run("build", "--quiet", "--content", small.toString(), "--output", site.toString()));
        Map<String, String> before = TestSites.tree(site);
        Path large = ArchiveGenerator.write(root.resolve("large"), 500, 10);

        ChildJvm.Result result = ChildJvm.run(List.of("-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                "build", "--content", large.toString(), "--output", site.toString());

        assertEquals(1, result.status(), result.err());
        assertEquals("出错：内存不够用了，网站没有生成完（原来的网站保持不变）。请给 Java 更多内存再试：用 bin/jianbao 时设置 "
                + "JIANBAO_HEAP（如 JIANBAO_HEAP=2g bin/jianbao build），用 java -jar 时加 -Xmx2g。\n", result.err());
        assertEquals(before, TestSites.tree(site));
        assertEquals(List.of(), staging());
    }

    @Test
    void aFullDiskIsToldPlainlyAndKeepsThePreviousSite() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(canMountTmpfs(), "needs unshare and tmpfs to stand in for a full disk");
        Path small = TestSites.fixtureContent(root.resolve("small"), 20);
        TestSites.write(small.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        Path large = ArchiveGenerator.write(root.resolve("large"), 20, 10);
        Path disk = Files.createDirectories(root.resolve("disk"));
        // One shell in a mount namespace of its own: a 2 MB disk, a first build that fits, a second that does not.
        String java = ChildJvm.shellCommand(List.of());
        String script = "set -e; mount -t tmpfs -o size=2m tmpfs " + disk + "; "
                + java + " build --quiet --content " + small + " --output " + disk.resolve("site") + "; "
                + "(cd " + disk + " && find . -type f | sort | xargs md5sum) > " + root.resolve("before") + "; "
                + "set +e; " + java + " build --content " + large + " --output " + disk.resolve("site") + "; echo \"status=$?\"; "
                + "(cd " + disk + " && find . -type f | sort | xargs md5sum) > " + root.resolve("after") + "; "
                + "ls -a " + disk;
        ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "sh", "-c", script);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertTrue(out.contains("status=1"), out + err);
        assertTrue(err.matches("出错：磁盘空间不足(（写 " + disk + "/[^\\n]* 时）)?，网站没有生成完（原来的网站保持不变）。请腾出磁盘空间后再试。\n"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertEquals(Files.readString(root.resolve("before")), Files.readString(root.resolve("after")));
        assertTrue(Files.readString(root.resolve("before")).contains("./site/index.html"));
        assertFalse(out.contains(".site.building"), out);
    }

    @Test
    void aFullTemporaryFolderIsToldPlainlyAndLeavesNothingThere() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(canMountTmpfs(), "needs unshare and tmpfs to stand in for a full disk");
        Path content = ArchiveGenerator.write(root.resolve("archive"), 20, 10);
        Path site = root.resolve("site");
        assertEquals(0, ChildJvm.run(List.of(), "build", "--quiet", "--content", content.toString(), "--output", site.toString())
                .status());
        Map<String, String> before = TestSites.tree(site);
        // The articles' bodies go to the temporary folder: 64 KB there cannot hold those of 200 articles.
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        String script = "set -e; mount -t tmpfs -o size=64k tmpfs " + temporary + "; set +e; "
                + ChildJvm.shellCommand(List.of("-Djava.io.tmpdir=" + temporary)) + " build --content " + content
                + " --output " + site + "; echo \"status=$?\"; ls -A " + temporary;
        Process process = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).start();
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertEquals("status=1\n", out, err);
        assertTrue(err.matches("出错：磁盘空间不足[^\n]*，网站没有生成完（原来的网站保持不变）。请腾出磁盘空间后再试。\n"), err);
        assertEquals(before, TestSites.tree(site));
        assertEquals(List.of(), staging());
    }

    private static boolean canMountTmpfs() {
        try {
            Process probe = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /tmp && echo ok")
                    .redirectErrorStream(true).start();
            return new String(probe.getInputStream().readAllBytes()).contains("ok") && probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> staging() throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            return siblings.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".site.building")).toList();
        }
    }
}
