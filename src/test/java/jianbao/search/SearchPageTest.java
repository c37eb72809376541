package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page as written by the build, before any script runs. */
class SearchPageTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        assertTrue(TestSites.build(TestSites.sampleContent(), site, "https://example.gov.cn/a/b/").succeeded());
    }

    @Test
    void everyOtherPageHeaderSearchesThroughTheSearchPage() {
        for (String path : List.of("", "issues/", "issues/2024/45/3/", "departments/xiawo-zhen/", "about/", "404.html")) {
            Element form = TestSites.page(site, path).selectFirst("header form[role=search]");
            assertEquals("/a/b/search/", form.attr("action"), path);
            assertEquals("get", form.attr("method"), path);
            assertEquals("q", form.selectFirst("input[type=search]").attr("name"), path);
        }
        assertEquals(null, TestSites.page(site, "search/").selectFirst("header form"), "the search page has its own form");
    }

    @Test
    void saysThatSearchNeedsJavaScriptAndOffersTheArchiveAndDepartments() {
        Document page = TestSites.page(site, "search/");
        assertTrue(page.getElementById("search").hasAttr("hidden"), "the form shows only when the script runs");
        assertEquals("/a/b/search/", page.getElementById("search").attr("data-index"));
        Element noscript = page.selectFirst("main noscript");
        Document fallback = org.jsoup.Jsoup.parseBodyFragment(noscript.html());
        assertTrue(fallback.text().contains("搜索需要在浏览器中启用 JavaScript"), fallback.text());
        assertEquals(List.of("/a/b/issues/", "/a/b/departments/"), fallback.select("a").eachAttr("href"));
        assertEquals("/a/b/assets/js/search.js", page.selectFirst("script[src$=search.js]").attr("src"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void filtersListTheDepartmentsThatReportedAndTheYears() {
        Document page = TestSites.page(site, "search/");
        List<String> departments = page.select("#search-department option").eachText();
        assertEquals(13, departments.size());
        assertEquals("全部单位", departments.get(0));
        assertTrue(departments.contains("区教育局"));
        assertEquals(List.of("全部年份", "2024年"), page.select("#search-year option").eachText());
        assertEquals("search-department", page.selectFirst("label[for=search-department]").attr("for"));
        assertTrue(page.selectFirst(".search-status").attr("aria-live").equals("polite"));
    }

    @Test
    void searchIsNotInTheSitemapButItsIndexIsWritten() throws IOException {
        assertTrue(!Files.readString(site.resolve("sitemap.xml")).contains("/search/"));
        assertTrue(Files.isRegularFile(site.resolve("search/index.json")));
        assertTrue(Files.isRegularFile(site.resolve("search/docs/0.bin")));
        // The script includes the DEFLATE decoder for the index files: about 10 KB gzip'd.
        assertTrue(Files.size(site.resolve("assets/js/search.js")) < 40 * 1024);
    }
}
