package jianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import jianbao.ArchiveGenerator;
import jianbao.ChildJvm;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import jianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder: replaced only when jianbao wrote it, held by one build at a time, never missing
 * while a build puts the new site in place, and nothing of a killed build left behind.
 */
class OutputFolderTest {

    @TempDir
    Path root;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path content() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        return content;
    }

    private static int build(Path content, Path output) {
        return Main.run("build", "--quiet", "--content", content.toString(), "--output", output.toString());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            return siblings.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\.site\\.(building-.*|previous)")).toList();
        }
    }

    /** Item 6 of issue 17: a folder is replaced only when it holds jianbao's marker. */
    @Test
    void onlyAFolderJianbaoWroteIsReplaced() throws IOException {
        Path content = content();
        record Case(String output, Map<String, String> files, boolean replaced, String message) {
        }
        List<Case> cases = List.of(
                new Case("fakehome", Map.of("index.html", "<p>我的主页</p>", "thesis.docx", "论文", ".ssh/id_rsa", "PRIVATE KEY"),
                        false, "不是 jianbao 生成的网站"),
                new Case("onlyindex", Map.of("index.html", "<p>我的主页</p>"), false, "不是 jianbao 生成的网站"),
                new Case("oldsite", Map.of("index.html", "<html>", "sitemap.xml", "<urlset/>", "issues/2024/45/index.html", "<html>"),
                        false, "如果它是旧版 jianbao 生成的网站"),
                new Case("fakemarker", Map.of(".jianbao-site/x", "a folder named like the marker", "notes.txt", "留着"),
                        false, "不是 jianbao 生成的网站"),
                new Case("empty", Map.of(), true, ""),
                new Case("absent", null, true, ""));
        for (Case c : cases) {
            Path output = root.resolve(c.output());
            if (c.files() != null) {
                Files.createDirectories(output);
                c.files().forEach((name, text) -> TestSites.write(output.resolve(name), text));
            }
            console.reset();
            assertEquals(c.replaced() ? 0 : 1, build(content, output), c.output());
            if (c.replaced()) {
                assertTrue(Files.isRegularFile(output.resolve("issues/2024/45/index.html")), c.output());
                assertTrue(Files.isRegularFile(output.resolve(OutputFolder.MARKER)), c.output());
                assertEquals(0, build(content, output), c.output() + ": a site jianbao wrote is replaced again");
            } else {
                String message = console.err();
                assertTrue(message.startsWith("出错：输出目录 ") && message.contains(c.message()), c.output() + ": " + message);
                assertFalse(message.contains("Exception"), message);
                assertEquals(c.files(), TestSites.tree(output), c.output() + ": nothing deleted or changed");
            }
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void filesTheNewSiteNoLongerHasAreDeletedAndThoseOfTheUserInAMarkedSiteToo() throws IOException {
        Path content = content();
        Path site = root.resolve("site");
        TestSites.write(content.resolve("issues/2024/046.md"), TestSites.issue(46, "2024-08-16", "峡窝镇"));
        assertEquals(0, build(content, site));
        assertTrue(Files.exists(site.resolve("issues/2024/46/1/index.html")));
        Files.delete(content.resolve("issues/2024/046.md"));
        assertEquals(0, build(content, site));
        assertFalse(Files.exists(site.resolve("issues/2024/46")), "the pages of a removed issue, and their folders");
        Path fresh = root.resolve("fresh");
        assertEquals(0, build(content, fresh));
        assertEquals(TestSites.tree(fresh), TestSites.tree(site), "replacing a site leaves exactly what building it afresh does");
    }

    /**
     * Whatever the old site has where the new one puts a file or a folder gives way to it (a file, a
     * folder, a link), what the new site lacks goes, and nothing a link leads to outside is touched.
     */
    @Test
    void whatStandsWhereTheNewSiteGoesGivesWay() throws IOException {
        Path content = content();
        Path site = root.resolve("site");
        assertEquals(0, build(content, site));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "不属于网站");
        StagedSite.deleteTree(site.resolve("issues/2024/45/1"));
        Files.writeString(site.resolve("issues/2024/45/1"), "文件占了文件夹的位置");
        Files.delete(site.resolve("index.html"));
        Files.createDirectories(site.resolve("index.html/inner"));
        Files.writeString(site.resolve("index.html/inner/x.txt"), "文件夹占了文件的位置");
        StagedSite.deleteTree(site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets"), outside);
        Files.delete(site.resolve("feed.xml"));
        Files.createSymbolicLink(site.resolve("feed.xml"), outside.resolve("keep.txt"));
        Files.createDirectories(site.resolve("stray/empty"));
        Files.createDirectories(site.resolve("issues/2024/45/empty"));
        Files.writeString(site.resolve("issues/2024/stray.txt"), "多余");
        assertEquals(0, build(content, site));
        Path fresh = root.resolve("fresh");
        assertEquals(0, build(content, fresh));
        assertEquals(entries(fresh), entries(site));
        assertEquals(TestSites.tree(fresh), TestSites.tree(site));
        assertEquals(Map.of("keep.txt", "f"), entries(outside));
        assertEquals("不属于网站", Files.readString(outside.resolve("keep.txt")));
        assertEquals(List.of(), leftovers());
    }

    /** Every file, folder and link under {@code folder}, by its path: f, d or l. */
    private static Map<String, String> entries(Path folder) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> !path.equals(folder)).forEach(path -> entries.put(folder.relativize(path).toString(),
                    Files.isSymbolicLink(path) ? "l" : Files.isDirectory(path) ? "d" : "f"));
        }
        return entries;
    }

    /** Item 5 of issue 17: a second build into a folder being written stops at once with a plain message. */
    @Test
    void aSecondBuildIntoTheSameFolderStopsAtOnceWithAPlainMessage() throws Exception {
        Path content = content();
        Path site = root.resolve("site");
        assertEquals(0, build(content, site));
        Map<String, String> before = TestSites.tree(site);
        List<String> holders = List.of("this process", "another process");
        for (String holder : holders) {
            console.reset();
            int status;
            String message;
            if (holder.equals("this process")) {
                try (OutputFolder held = OutputFolder.take(site, List.of())) {
                    status = build(content, site);
                    message = console.err();
                }
            } else {
                try (OutputFolder held = OutputFolder.take(site, List.of())) {
                    ChildJvm.Result child = ChildJvm.run(List.of(), "build", "--content", content.toString(), "--output", site.toString());
                    status = child.status();
                    message = child.err();
                }
            }
            assertEquals(1, status, holder);
            assertTrue(message.startsWith("出错：输出目录 " + site.toRealPath() + " 正被另一个 jianbao（生成或预览）使用"), holder + ": " + message);
            assertFalse(message.contains("Exception"), message);
            assertEquals(before, TestSites.tree(site), holder);
        }
        assertEquals(0, build(content, site), "free again once the holder is done");
    }

    @Test
    void aLockFileThatIsALinkIsNotFollowed() throws IOException {
        Path content = content();
        Files.createSymbolicLink(root.resolve(".site.lock"), root.resolve("elsewhere.txt"));
        console.reset();
        assertEquals(1, build(content, root.resolve("site")));
        assertTrue(console.err().startsWith("出错：锁文件 " + root.resolve(".site.lock") + " 是一个链接"), console.err());
        assertFalse(Files.exists(root.resolve("elsewhere.txt")));
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void buildsRacingIntoOneFolderEitherSucceedOrAreToldToWait() throws Exception {
        Path content = content();
        Path site = root.resolve("site");
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    try (OutputFolder folder = OutputFolder.take(site, List.of(content)); StagedSite staged = folder.stage()) {
                        staged.write("index.html", ("<p>" + i + "</p>").getBytes(StandardCharsets.UTF_8));
                        staged.commit();
                        succeeded.incrementAndGet();
                    } catch (OutputFolder.Refused e) {
                        refused.incrementAndGet();
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(20, succeeded.get() + refused.get());
        assertTrue(succeeded.get() > 0);
        assertEquals(List.of(), leftovers());
    }

    /** Item 4 of issue 17: what a killed build left beside the folder is removed by the next build. */
    @Test
    void theNextBuildRemovesWhatAKilledBuildLeft() throws IOException {
        Path content = content();
        Path site = root.resolve("site");
        assertEquals(0, build(content, site));
        TestSites.write(root.resolve(".site.building-2k1qx9z5mvb0/issues/2024/45/index.html"), "<html>");
        TestSites.write(root.resolve(".site.building-2k1qx9z5mvb0/" + OutputFolder.MARKER), "");
        Files.createDirectories(root.resolve(".site.building-7yy"));
        TestSites.write(root.resolve(".site.previous/index.html"), "<html>");
        TestSites.write(root.resolve(".site.buildings/keep.txt"), "not a name jianbao gives");
        TestSites.write(root.resolve(".other.building-2k1qx9z5mvb0/keep.txt"), "another output's");
        assertEquals(3, leftovers().size());
        assertEquals(0, build(content, site));
        assertEquals(List.of(), leftovers());
        assertTrue(Files.exists(root.resolve(".site.buildings/keep.txt")));
        assertTrue(Files.exists(root.resolve(".other.building-2k1qx9z5mvb0/keep.txt")));
    }

    @Test
    void aBuildKilledWhileWritingIsCleanedUpByTheNext() throws Exception {
        Path content = ArchiveGenerator.write(root, 100, 10);
        Path site = root.resolve("site");
        // Its temporary files (the articles' bodies) go to a folder of this test's, to show none is left after a kill -9.
        Path temporary = Files.createDirectories(root.resolve("tmp"));
        Process child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + temporary), "build", "--quiet", "--content", content.toString(),
                "--output", site.toString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (leftovers().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.destroyForcibly().waitFor();
        org.junit.jupiter.api.Assumptions.assumeFalse(leftovers().isEmpty(), "the child finished before it could be killed");
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("jianbao-")).toList(),
                    "the killed build's temporary files");
        }
        assertEquals(0, build(content, site));
        assertEquals(List.of(), leftovers());
        assertTrue(Files.exists(site.resolve("issues/2015/1/index.html")));
    }

    /** Item 4 of issue 17: while a build puts the new site in place, the folder and its pages are always there. */
    @Test
    void theFolderAndEveryPageOfBothSitesAreThereThroughoutTheCommit() throws Exception {
        Path content = ArchiveGenerator.write(root, 30, 10);
        Path site = root.resolve("site");
        assertEquals(0, build(content, site));
        List<Path> watched = List.of(site, site.resolve("index.html"), site.resolve("issues/2015/1/1/index.html"),
                site.resolve("issues/2015/30/index.html"), site.resolve("assets/css/site.css"), site.resolve("search/index.html"));
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")).replace("上街信息", "上街简报"));
        AtomicBoolean building = new AtomicBoolean(true);
        AtomicInteger polls = new AtomicInteger();
        List<String> missing = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (building.get()) {
                for (Path path : watched) {
                    try {
                        if (Files.isDirectory(path)) {
                            try (Stream<Path> list = Files.list(path)) {
                                list.findAny().orElseThrow();
                            }
                        } else {
                            Files.readAllBytes(path);
                        }
                    } catch (NoSuchFileException e) {
                        missing.add(path.toString());
                    } catch (IOException | RuntimeException e) {
                        missing.add(path + ": " + e);
                    }
                }
                polls.incrementAndGet();
                LockSupport.parkNanos(20_000);
            }
        });
        reader.start();
        try {
            assertEquals(0, build(content, site));
        } finally {
            building.set(false);
            reader.join();
        }
        assertEquals(List.of(), missing.stream().distinct().toList());
        assertTrue(polls.get() > 100, "polled " + polls.get() + " times");
        assertTrue(Files.readString(site.resolve("index.html")).contains("上街简报"));
    }
}
