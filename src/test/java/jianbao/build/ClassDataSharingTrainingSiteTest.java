package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import jianbao.ConsoleCapture;
import jianbao.TestSites;
import jianbao.cli.Main;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site `mvn package` records the class data sharing archive on (src/cds-training/) builds without
 * an error, so that packaging never fails on it, and still uses what it is there for: the classes
 * a build loads for issues of every kind, images, links, lists, quotations and a paginated
 * department list are the ones the archive holds.
 */
class ClassDataSharingTrainingSiteTest {

    @TempDir
    Path root;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void theTrainingSiteBuildsAndUsesEveryKindOfPageAndMarkdown() {
        Path site = root.resolve("site");
        assertEquals(0, Main.run("build", "--quiet", "--content", "src/cds-training/content", "--output", site.toString()),
                console::err);
        assertFalse(console.err().contains("错误"), console.err());

        Set<String> kinds = TestSites.page(site, "issues/").select("a[href*=/issues/2024/]").stream()
                .map(link -> link.attr("href").replaceAll("^.*/issues/2024/|\\d+/$", "")).collect(Collectors.toSet());
        assertEquals(Set.of("", "zengkan-", "zhuankan-"), kinds);

        Document richArticle = TestSites.page(site, "issues/2023/50/1/");
        for (String markup : new String[] {"img", "a[href^=https:]", "ul li", "ol li", "blockquote", "code", "strong", "em", "br"}) {
            assertNotNull(richArticle.selectFirst(".body " + markup), markup);
        }
        assertTrue(Files.isRegularFile(site.resolve("issues/2023/50/x.png")));
        assertNotNull(TestSites.page(site, "departments/caizheng-ju/").selectFirst("a[href$=/page/2/]"), "a second page of items");
    }
}
