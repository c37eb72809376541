package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import jianbao.output.LinkChecker;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files an office places beside an issue are listed on its page with their name, kind and size. */
class AttachmentsTest {

    @TempDir
    Path root;

    @Test
    void theIssuePageListsEveryFileBesideItButTheImagesItShows() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        Path folder = content.resolve("issues/2024/045");
        TestSites.write(folder.resolve("index.md"), """
                ---
                number: 45
                date: 2024-08-09
                ---

                ## 区财政局发放补助资金

                一是足额保障。![发放现场](photo.jpg)二是及时发放。（区财政局）
                """);
        Files.write(folder.resolve("上街信息 第45期.pdf"), new byte[312 * 1024]);
        Files.write(folder.resolve("photo.jpg"), new byte[2048]);
        Files.write(folder.resolve("统计表.xlsx"), new byte[1536 * 1024]);
        Files.createDirectories(folder.resolve("scans"));
        Files.write(folder.resolve("scans/page-1.png"), new byte[5000]);
        Files.write(folder.resolve("notes.xyz"), new byte[10]);
        Files.write(folder.resolve(".DS_Store"), new byte[10]);
        Path site = root.resolve("site");
        SiteBuilder.Result result = TestSites.build(content, site, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());

        Document issue = TestSites.page(site, "issues/2024/45/");
        assertEquals("附件", issue.selectFirst(".attachments h2").text());
        assertEquals(List.of("notes.xyz（XYZ，1 KB）", "page-1.png（图片，5 KB）", "上街信息 第45期.pdf（PDF，312 KB）",
                "统计表.xlsx（Excel，1.5 MB）"), issue.select(".attachments li").eachText());
        assertEquals(List.of("/issues/2024/45/notes.xyz", "/issues/2024/45/scans/page-1.png",
                        "/issues/2024/45/%E4%B8%8A%E8%A1%97%E4%BF%A1%E6%81%AF%20%E7%AC%AC45%E6%9C%9F.pdf",
                        "/issues/2024/45/%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx"),
                issue.select(".attachments a").eachAttr("href"));
        assertEquals(312 * 1024, Files.size(site.resolve("issues/2024/45/上街信息 第45期.pdf")));
        assertTrue(Files.exists(site.resolve("issues/2024/45/photo.jpg")), "the image shown is published, not listed");
        assertEquals(List.of(), new LinkChecker(site, URI.create("https://example.gov.cn/")).check().broken());
        assertNull(TestSites.page(site, "issues/2024/45/1/").selectFirst(".attachments"), "only the issue page lists them");
    }

    @Test
    void anIssueWithoutFilesBesideItHasNoList() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(content.resolve("issues/2024/046/index.md"), TestSites.issue(46, "2024-08-16", "区财政局"));
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, null).succeeded());
        assertNull(TestSites.page(site, "issues/2024/45/").selectFirst(".attachments"));
        assertNull(TestSites.page(site, "issues/2024/46/").selectFirst(".attachments"));
    }
}
