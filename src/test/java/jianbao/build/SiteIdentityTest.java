package jianbao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The government website identification of site.yaml on every kind of page: a site that sets every
 * field shows each in the footer and the page metadata, a site that sets none shows none of them.
 */
class SiteIdentityTest {

    private static final String FULL = """
            sponsor: 郑州市上街区人民政府办公室
            organizer: 上街区大数据管理局
            contact:
              address: 郑州市上街区中心路 1 号
              telephone: 0371-68123456
              email: xinxi@shangjie.gov.cn
            site_code: 4101060001
            icp: 豫ICP备12345678号-1
            police_record: 豫公网安备 41010602000123号
            party_mark:
              image: images/dzjg.png
              url: https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D
            keywords: 上街区、政务信息
            column_type: 政策解读
            """;

    /** One page of each kind: its path, its ColumnName, and whether it is a content page. */
    private static final String PAGES = """
            ''                   | 首页       | false
            issues/              | 往期       | false
            issues/2024/7/       | 往期       | true
            issues/2024/7/1/     | 往期       | true
            issues/2024/7/2/     | 往期       | true
            departments/         | 供稿单位   | false
            departments/caizheng-ju/ | 供稿单位 | false
            search/              | 搜索       | false
            about/               | 关于本刊   | false
            sitemap/             | 网站地图   | false
            404.html             | 页面不存在 | false
            """;

    private static final List<String> CONTENT_TAGS = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords",
            "Author", "Url", "Image");

    @TempDir
    static Path root;
    static Path full;
    static Path none;

    @BeforeAll
    static void buildBothSites() {
        full = build(root.resolve("full"), FULL);
        none = build(root.resolve("none"), "");
    }

    private static Path build(Path dir, String identity) {
        Path content = TestSites.fixtureContent(dir, 20);
        TestSites.write(content.resolve("site.yaml"), """
                title: 测试信息
                publisher: 测试办公室
                description: 测试办公室主办的《测试信息》。
                base_url: https://example.gov.cn/xinxi/
                """ + identity);
        TestSites.write(content.resolve("images/dzjg.png"), "png");
        TestSites.write(content.resolve("pages/about.md"), "---\ntitle: 关于本刊\n---\n\n本刊刊登工作动态。\n");
        TestSites.write(content.resolve("issues/2024/007/index.md"), """
                ---
                number: 7
                date: 2024-03-08
                editor: 张三
                ---

                ## 区财政局发放补助资金

                一是足额保障。![发放现场](photo.jpg)二是及时发放。（区财政局、峡窝镇）

                ## 区城管局整治占道经营

                一是加强巡查。二是规范管理。（区城管局）
                """);
        TestSites.write(content.resolve("issues/2024/007/photo.jpg"), "jpg");
        Path site = dir.resolve("site");
        SiteBuilder.Result result = TestSites.build(content, site, null);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
        return site;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = PAGES)
    void theFooterShowsEveryFieldAndLinksTheFilingSites(String path, String column, boolean content) {
        Element footer = TestSites.page(full, path).selectFirst("footer.site-footer");
        String text = footer.text();
        assertTrue(text.contains("主办：郑州市上街区人民政府办公室"), text);
        assertTrue(text.contains("承办：上街区大数据管理局"), text);
        assertTrue(text.contains("地址：郑州市上街区中心路 1 号"), text);
        assertTrue(text.contains("电话：0371-68123456"), text);
        assertEquals("mailto:xinxi@shangjie.gov.cn", footer.selectFirst("a:containsOwn(xinxi@shangjie.gov.cn)").attr("href"));
        assertTrue(text.contains("网站标识码：4101060001"), text);
        assertEquals("https://beian.miit.gov.cn/", footer.selectFirst("a:containsOwn(豫ICP备12345678号-1)").attr("href"));
        assertEquals("https://beian.mps.gov.cn/#/query/webSearch?code=41010602000123",
                footer.selectFirst("a:containsOwn(豫公网安备 41010602000123号)").attr("href"));
        Element mark = footer.selectFirst("a.party-mark");
        assertEquals("https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D", mark.attr("href"));
        assertEquals("/xinxi/images/dzjg.png", mark.selectFirst("img").attr("src"));
        assertEquals("党政机关", mark.selectFirst("img").attr("alt"));
        assertEquals("/xinxi/sitemap/", footer.selectFirst("a:containsOwn(网站地图)").attr("href"));
        String pageUrl = "https://example.gov.cn/xinxi/" + path;
        assertEquals("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4101060001&url="
                        + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8),
                footer.selectFirst("a:containsOwn(我为政府网站找错)").attr("href"));
        assertTrue(footer.selectFirst("a:containsOwn(我为政府网站找错)").attr("href").endsWith("url=https%3A%2F%2Fexample.gov.cn%2Fxinxi%2F"
                + path.replace("/", "%2F")), "the page's own URL, percent-encoded");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = PAGES)
    void everyPageCarriesTheSiteAndColumnMetadata(String path, String column, boolean content) {
        Document page = TestSites.page(full, path);
        assertEquals("测试信息", meta(page, "SiteName"));
        assertEquals("example.gov.cn", meta(page, "SiteDomain"));
        assertEquals("4101060001", meta(page, "SiteIDCode"));
        assertEquals(column, meta(page, "ColumnName"));
        assertTrue(!meta(page, "ColumnDescription").isBlank());
        assertEquals("测试信息," + column + ",上街区,政务信息", meta(page, "ColumnKeywords"));
        assertEquals(path.isEmpty() ? "首页" : "政策解读", meta(page, "ColumnType"));
        assertEquals(1, page.select("meta[name=description]").size(), "one description, whatever its case");
        for (String tag : CONTENT_TAGS) {
            if (!content || !tag.equals("Image")) {
                assertEquals(content, page.selectFirst("meta[name=" + tag + "]") != null, path + " " + tag);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            issues/2024/7/   | 测试信息 2024年第7期 | 测试办公室          | 区财政局,峡窝镇,区城管局 | https://example.gov.cn/xinxi/issues/2024/7/photo.jpg
            issues/2024/7/1/ | 区财政局发放补助资金  | 区财政局、峡窝镇      | 区财政局,峡窝镇          | https://example.gov.cn/xinxi/issues/2024/7/photo.jpg
            issues/2024/7/2/ | 区城管局整治占道经营  | 区城管局             | 区城管局                |
            """)
    void contentPagesCarryTheArticleMetadataInTheGuidelinesFormat(String path, String title, String source, String keywords,
                                                                   String image) {
        Document page = TestSites.page(full, path);
        assertEquals(title, meta(page, "ArticleTitle"));
        assertEquals("2024-03-08 00:00", meta(page, "PubDate"));
        assertTrue(meta(page, "PubDate").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertEquals(source, meta(page, "ContentSource"));
        assertEquals(keywords, meta(page, "Keywords"));
        assertEquals("张三", meta(page, "Author"));
        assertEquals(page.selectFirst("meta[property=og:description]").attr("content"), meta(page, "Description"));
        assertEquals("https://example.gov.cn/xinxi/" + path, meta(page, "Url"));
        assertEquals(image, page.selectFirst("meta[name=Image]") == null ? null : meta(page, "Image"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = PAGES)
    void aSiteThatSetsNoFieldShowsNoneOfThem(String path, String column, boolean content) {
        Document page = TestSites.page(none, path);
        Element footer = page.selectFirst("footer.site-footer");
        assertEquals("测试信息 · 主办：测试办公室", footer.selectFirst("p").text());
        assertEquals(1, footer.select("p").size(), footer.html());
        assertNull(footer.selectFirst(".party-mark, img, a[href^=mailto:], a[href*=beian], a[href*=zfwzgl]"), footer.html());
        assertTrue(!footer.text().contains("承办") && !footer.text().contains("网站标识码"), footer.text());
        assertEquals(List.of("关于本刊", "网站地图"), footer.select(".footer-links a").eachText());
        assertNull(page.selectFirst("meta[name=SiteIDCode]"));
        assertEquals(path.isEmpty() ? "首页" : "工作动态", meta(page, "ColumnType"));
        assertEquals("测试信息," + column, meta(page, "ColumnKeywords"));
    }

    @org.junit.jupiter.api.Test
    void theMarkIsPublishedFromContentAndOnlyWhenSet() {
        assertTrue(Files.isRegularFile(full.resolve("images/dzjg.png")));
        assertTrue(!Files.exists(none.resolve("images")));
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[name=" + name + "]");
        assertTrue(meta != null, name);
        return meta.attr("content");
    }
}
