package jianbao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import jianbao.build.BuildProgress;
import jianbao.cli.Main;
import jianbao.serve.IncrementalBuilder;
import jianbao.serve.Preview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 1 of issue 17: a link in content/ or a theme that leads out of it publishes nothing. build and
 * check both fail with the link's file, the previous site stays as it was, and serve never answers the
 * file and builds again once the link is gone.
 */
class OutsideLinksTest {

    @TempDir
    Path root;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** The system's password file, the file the review published. */
    private static final Path PASSWD = Path.of("/etc/passwd");

    private record Case(String name, String link, String target, String message, String absentFromSite) {
    }

    private static final List<Case> REFUSED = List.of(
            new Case("a link beside an issue to the password file", "content/issues/2024/046/passwd.txt", PASSWD.toString(),
                    "这是一个链接，指向 content/ 以外的“/etc/passwd”", "issues/2024/46/passwd.txt"),
            new Case("a free page linked from outside", "content/pages/secret.md", "outside/secret.md",
                    "这是一个链接，指向 content/ 以外的", "secret/index.html"),
            new Case("an issue file linked from outside", "content/issues/2024/047.md", "outside/047.md",
                    "这是一个链接，指向 content/ 以外的", "issues/2024/47/index.html"),
            new Case("a folder beside an issue linked to a system folder", "content/issues/2024/046/etc", "/etc",
                    "这是一个链接，指向 content/ 以外的“/etc”", "issues/2024/46/etc/passwd"),
            new Case("a link beside an issue to nothing", "content/issues/2024/046/print.pdf", "outside/nosuch.pdf",
                    "这是一个链接，但它指向的", "issues/2024/46/print.pdf"),
            new Case("site.yaml linked from outside", "content/site.yaml", "outside/site.yaml",
                    "这是一个链接，指向 content/ 以外的", null),
            new Case("departments.yaml linked from outside", "content/departments.yaml", "outside/departments.yaml",
                    "这是一个链接，指向 content/ 以外的", null),
            new Case("a theme's stylesheet linked to the password file", "themes/mine/static/css/leak.css", PASSWD.toString(),
                    "这是一个链接，指向 themes/mine/ 以外的“/etc/passwd”", "assets/css/leak.css"),
            new Case("a theme's template linked from outside", "themes/mine/templates/article.peb", "outside/article.peb",
                    "这是一个链接，指向 themes/mine/ 以外的", null),
            new Case("a theme's static folder linked to a system folder", "themes/mine/static/shared", "/etc",
                    "这是一个链接，指向 themes/mine/ 以外的“/etc”", "assets/shared/passwd"),
            new Case("a link that loops", "content/issues/2024/046/loop", "..",
                    "这个链接指向它自己所在的目录，会无限循环", null));

    /** A site with a theme of its own and issue 46 kept as a folder, built once. */
    private Path goodSite(Path at) {
        Path content = TestSites.fixtureContent(at, 20);
        TestSites.write(content.resolve("site.yaml"), TestSites.read(content.resolve("site.yaml")) + "theme: mine\n");
        TestSites.write(at.resolve("themes/mine/static/css/extra.css"), "body { color: #333; }\n");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/046/index.md"), TestSites.issue(46, "2024-08-16", "峡窝镇"));
        TestSites.write(content.resolve("pages/about.md"), "---\ntitle: 关于本刊\n---\n\n本刊由区委办公室编辑。\n");
        TestSites.write(at.resolve("outside/secret.md"), "---\ntitle: 机密\n---\n\n不应发布。\n");
        TestSites.write(at.resolve("outside/047.md"), TestSites.issue(47, "2024-08-23", "区财政局"));
        TestSites.write(at.resolve("outside/site.yaml"), TestSites.read(content.resolve("site.yaml")));
        TestSites.write(at.resolve("outside/departments.yaml"), TestSites.read(content.resolve("departments.yaml")));
        TestSites.write(at.resolve("outside/article.peb"), "{% extends \"base\" %}{% block content %}机密{% endblock %}");
        assertEquals(0, run("build", at));
        return content;
    }

    private static int run(String command, Path at) {
        return command.equals("build")
                ? Main.run("build", "--quiet", "--content", at.resolve("content").toString(), "--output", at.resolve("site").toString())
                : Main.run("check", "--quiet", "--content", at.resolve("content").toString());
    }

    @Test
    void linksLeadingOutAreErrorsInBuildAndCheckAndNothingIsPublished() throws IOException {
        for (Case c : REFUSED) {
            Path at = root.resolve(c.name().replaceAll("\\W", "-"));
            goodSite(at);
            Map<String, String> before = TestSites.tree(at.resolve("site"));
            Path link = at.resolve(c.link());
            Files.deleteIfExists(link);
            Files.createDirectories(link.getParent());
            Path target = Path.of(c.target());
            Files.createSymbolicLink(link, target.isAbsolute() || c.target().equals("..") ? target : at.resolve(target));
            for (String command : List.of("build", "check")) {
                console.reset();
                assertEquals(1, run(command, at), c.name() + ": " + command);
                String err = console.err();
                assertTrue(err.contains(c.link() + ": 错误：" + c.message()), c.name() + ": " + command + "\n" + err);
                assertFalse(err.contains("Exception"), err);
            }
            assertEquals(before, TestSites.tree(at.resolve("site")), c.name() + ": the previous site is untouched");
            if (c.absentFromSite() != null) {
                assertFalse(Files.exists(at.resolve("site").resolve(c.absentFromSite())), c.name());
            }
            try (Stream<Path> siblings = Files.list(at)) {
                assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.building")).toList());
            }
            Files.delete(link);
            if (c.link().endsWith(".yaml") || c.link().endsWith(".peb")) {
                Files.copy(at.resolve(c.target()), link);
            }
            assertEquals(0, run("build", at), c.name() + ": builds again once the link is gone");
        }
    }

    @Test
    void linksThatStayInsideAreFollowed() throws IOException {
        Path content = goodSite(root);
        TestSites.write(content.resolve("shared/logo.png"), "png");
        Files.createSymbolicLink(content.resolve("issues/2024/046/logo.png"), Path.of("../../../shared/logo.png"));
        TestSites.write(root.resolve("themes/mine/shared/print.css"), "@media print {}");
        Files.createSymbolicLink(root.resolve("themes/mine/static/css/print.css"), Path.of("../../shared/print.css"));
        console.reset();
        assertEquals(0, run("check", root), console.err());
        assertEquals(0, run("build", root), console.err());
        assertEquals("png", TestSites.read(root.resolve("site/issues/2024/46/logo.png")));
        assertEquals("@media print {}", TestSites.read(root.resolve("site/assets/css/print.css")));
    }

    @Test
    void foldersGivenAsRelativePathsAreReadAlike() throws IOException {
        goodSite(root);
        Path here = Path.of("").toAbsolutePath();
        Files.createSymbolicLink(root.resolve("content/issues/2024/046/passwd.txt"), PASSWD);
        console.reset();
        assertEquals(1, Main.run("build", "--content", here.relativize(root.resolve("content")).toString(),
                "--output", here.relativize(root.resolve("site")).toString()));
        assertTrue(console.err().contains("issues/2024/046/passwd.txt: 错误：这是一个链接，指向 content/ 以外的"), console.err());
        Files.delete(root.resolve("content/issues/2024/046/passwd.txt"));
        console.reset();
        assertEquals(0, Main.run("build", "--content", here.relativize(root.resolve("content")).toString(),
                "--output", here.relativize(root.resolve("site")).toString()), console.err());
        assertTrue(Files.exists(root.resolve("site/issues/2024/46/index.html")));
    }

    @Test
    void serveNeverAnswersTheLinkedFileAndBuildsAgainOnceItIsGone() throws Exception {
        Path content = goodSite(root);
        List<IncrementalBuilder.Outcome> builds = new CopyOnWriteArrayList<>();
        try (Preview preview = Preview.start(new Preview.Settings(content, root.resolve("themes"), root.resolve("preview"), 0, false,
                TestSites.TODAY), BuildProgress.NONE, (changed, outcome) -> builds.add(outcome))) {
            URI passwd = preview.url().resolve("issues/2024/46/passwd.txt");
            URI issue = preview.url().resolve("issues/2024/46/");
            assertEquals(404, get(passwd).statusCode());
            Path link = content.resolve("issues/2024/046/passwd.txt");
            Files.createSymbolicLink(link, PASSWD);
            waitFor(() -> builds.size() >= 2);
            assertFalse(builds.get(builds.size() - 1).succeeded());
            HttpResponse<String> page = get(issue);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("content/issues/2024/046/passwd.txt: 错误：这是一个链接，指向 content/ 以外的"), page.body());
            HttpResponse<String> leaked = get(passwd);
            assertEquals(404, leaked.statusCode());
            assertFalse(leaked.body().contains("root:"), leaked.body());

            Files.delete(link);
            TestSites.write(content.resolve("issues/2024/046/index.md"),
                    TestSites.read(content.resolve("issues/2024/046/index.md")).replace("一是", "一是认真"));
            waitFor(() -> builds.get(builds.size() - 1).succeeded());
            assertTrue(get(issue).body().contains("一是认真"));
            assertEquals(404, get(passwd).statusCode());
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(20);
        }
    }

}
