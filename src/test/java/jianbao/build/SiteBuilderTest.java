package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianbao.TestSites;
import jianbao.output.LinkChecker;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site-wide behaviour on fixture content: pagination, themes, safety of content HTML, attachments. */
class SiteBuilderTest {

    @TempDir
    Path root;

    @Test
    void departmentPagesArePaginatedNewestFirst() {
        Path content = TestSites.fixtureContent(root, 2);
        for (int n = 1; n <= 5; n++) {
            TestSites.write(content.resolve("issues/2024/%03d.md".formatted(n)), TestSites.issue(n, "2024-03-0" + n, "区财政局"));
        }
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, null).succeeded());
        List<String> headlines = new ArrayList<>();
        for (String path : List.of("departments/caizheng-ju/", "departments/caizheng-ju/page/2/", "departments/caizheng-ju/page/3/")) {
            Document page = TestSites.page(site, path);
            headlines.addAll(page.select(".entry-list > li > a").eachText());
            assertEquals(3, page.select(".pagination li").size() - (page.selectFirst("a[rel=prev]") != null ? 1 : 0)
                    - (page.selectFirst("a[rel=next]") != null ? 1 : 0));
        }
        assertEquals(List.of("第5期第1条信息", "第4期第1条信息", "第3期第1条信息", "第2期第1条信息", "第1期第1条信息"), headlines);
        Document second = TestSites.page(site, "departments/caizheng-ju/page/2/");
        assertEquals("/departments/caizheng-ju/", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/departments/caizheng-ju/page/3/", second.selectFirst("a[rel=next]").attr("href"));
        assertEquals("2", second.selectFirst(".pagination [aria-current=page]").text());
        assertFalse(Files.exists(site.resolve("departments/caizheng-ju/page/4/index.html")));
        assertEquals(List.of(), new LinkChecker(site, URI.create("https://example.gov.cn/")).check().broken());
    }

    @Test
    void aSiteThemeOverridesSingleTemplatesAndAssets() throws IOException {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "theme: district\n");
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局"));
        TestSites.write(root.resolve("themes/district/templates/article.peb"),
                "{% extends \"base\" %}{% block content %}<h1 class=\"district\">{{ article.headline }}</h1>{% endblock %}");
        TestSites.write(root.resolve("themes/district/static/css/site.css"), "body { color: black; }");
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, null).succeeded());
        Document article = TestSites.page(site, "issues/2024/45/1/");
        assertEquals("第45期第1条信息", article.selectFirst("h1.district").text());
        assertTrue(article.selectFirst(".skip-link") != null, "the default base template still frames the page");
        assertTrue(TestSites.page(site, "issues/2024/45/").selectFirst(".masthead") != null, "other templates come from the default theme");
        assertEquals("body { color: black; }", Files.readString(site.resolve("assets/css/site.css")));
        assertTrue(Files.exists(site.resolve("assets/js/site.js")));
    }

    @Test
    void nothingWrittenInContentCanRunScript() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), """
                ---
                number: 45
                date: 2024-08-09
                editor: <script>alert(1)</script>
                ---

                ## 标题<img src=x onerror=alert(1)>

                正文<script>alert(2)</script>，[链接](javascript:alert(3))，[旧链接](ftp://files.example/x)，<a href="#" onclick="alert(4)">点</a>。（区财政局）

                △ 简讯<iframe src="https://evil.example/"></iframe>。（区财政局）
                """);
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, null).succeeded());
        for (String path : List.of("issues/2024/45/", "issues/2024/45/1/", "departments/caizheng-ju/", "")) {
            Document page = TestSites.page(site, path);
            assertTrue(page.select("script:not([src])").stream().allMatch(s -> s.data().contains("jianbao-text-size")), path);
            assertTrue(page.select("[onerror], [onclick], iframe").isEmpty(), path);
            assertTrue(page.select("a[href^=javascript], a[href^=ftp]").isEmpty(), path);
        }
        Document issue = TestSites.page(site, "issues/2024/45/");
        assertTrue(issue.text().contains("正文<script>alert(2)</script>"), "raw HTML is shown as text");
        assertTrue(issue.selectFirst(".issue-footer").text().contains("<script>alert(1)</script>"));
    }

    @Test
    void relativeLinksInAnIssueFileLeadToTheSamePlaceFromEveryPage() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), """
                ---
                number: 45
                date: 2024-08-09
                ---

                ## 有链接的信息

                详见[关于本刊](../../../about/)。（区财政局）
                """);
        TestSites.write(content.resolve("pages/about.md"), "---\ntitle: 关于本刊\n---\n\n本刊简介。\n");
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, "https://example.gov.cn/xinxi/").succeeded());
        String onIssue = TestSites.page(site, "issues/2024/45/").selectFirst(".article .body a").attr("href");
        String onArticle = TestSites.page(site, "issues/2024/45/1/").selectFirst("article .body a").attr("href");
        assertEquals(onIssue, onArticle);
        assertEquals(URI.create("https://example.gov.cn/xinxi/about/"),
                URI.create("https://example.gov.cn/xinxi/issues/2024/45/1/").resolve(onArticle).normalize());
        assertEquals(List.of(), new LinkChecker(site, URI.create("https://example.gov.cn/xinxi/")).check().broken());
    }

    @Test
    void headingsInAnArticleFollowItsHeadlineSoThatNoPageSkipsALevel() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), """
                ---
                number: 45
                date: 2024-08-09
                ---

                ## 有小标题的信息

                ### 一、小标题

                正文。

                #### 更小的标题

                正文，见[附件](x.pdf)。（区财政局）
                """);
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, null).succeeded());
        assertEquals(List.of("h1", "h2", "h3"), headingLevels(TestSites.page(site, "issues/2024/45/1/").selectFirst("main")));
        assertEquals(List.of("h1", "h2", "h3", "h4"), headingLevels(TestSites.page(site, "issues/2024/45/").selectFirst("main")
                .selectFirst("article")));
        assertEquals("/issues/2024/45/x.pdf", TestSites.page(site, "issues/2024/45/1/").selectFirst("main .body a").attr("href"));
    }

    private static List<String> headingLevels(org.jsoup.nodes.Element scope) {
        return scope.select("h1, h2, h3, h4, h5, h6").stream().map(org.jsoup.nodes.Element::normalName).distinct().toList();
    }

    @Test
    void filesBesideAnIssueArePublishedAndLinkedFromEveryPage() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/45/index.md"), """
                ---
                number: 45
                date: 2024-08-09
                ---

                ## 有图的信息

                正文。

                ![现场照片](photo.png)

                [下载印刷版](shangjie-xinxi-45.pdf)（区财政局）
                """);
        TestSites.write(content.resolve("issues/2024/45/photo.png"), "png");
        TestSites.write(content.resolve("issues/2024/45/shangjie-xinxi-45.pdf"), "pdf");
        Path site = root.resolve("site");
        assertTrue(TestSites.build(content, site, "https://example.gov.cn/xinxi/").succeeded());
        assertTrue(Files.exists(site.resolve("issues/2024/45/photo.png")));
        assertTrue(Files.exists(site.resolve("issues/2024/45/shangjie-xinxi-45.pdf")));
        Document article = TestSites.page(site, "issues/2024/45/1/");
        assertEquals("/xinxi/issues/2024/45/photo.png", article.selectFirst("article img").attr("src"));
        assertEquals("现场照片", article.selectFirst("article img").attr("alt"));
        assertEquals(List.of(), new LinkChecker(site, URI.create("https://example.gov.cn/xinxi/")).check().broken());
        assertNull(article.selectFirst("article .body p:containsOwn(（区财政局）)"));
    }
}
