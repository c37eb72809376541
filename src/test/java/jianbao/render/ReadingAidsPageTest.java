package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianbao.QrDecoder;
import jianbao.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading aids in the built pages: the issue and article pages carry the QR code of their own
 * address, and every control that needs JavaScript is hidden in the HTML, so that a reader without
 * JavaScript sees none of them.
 */
class ReadingAidsPageTest {

    private static final String BASE_URL = "https://www.shangjie.gov.cn/xinxi/";

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        site = root.resolve("site");
        assertTrue(TestSites.build(TestSites.sampleContent(), site, BASE_URL).succeeded());
    }

    /**
     * A QR code is printed as bytes made beforehand; printed where Pebble wants its characters (in a
     * macro, joined to other text) it must read the same.
     */
    @Test
    void aQrCodePrintedThroughAMacroOrJoinedToTextReadsAsPrintedDirectly(@TempDir Path other) throws Exception {
        Path content = TestSites.fixtureContent(other, 20);
        TestSites.write(content.resolve("site.yaml"), TestSites.read(content.resolve("site.yaml")) + "theme: district\n");
        TestSites.write(other.resolve("themes/district/templates/404.peb"), """
                {% extends "base" %}
                {% macro code(text) %}{{ qr_svg(text) }}{% endmacro %}
                {% block content %}
                <p>{{ qr_svg('https://例子.gov.cn/上街/') }}</p>
                <p>{{ code('https://例子.gov.cn/上街/') }}</p>
                <p>{{ (qr_svg('https://例子.gov.cn/上街/') ~ '') | raw }}</p>
                {% endblock %}
                """);
        Path built = other.resolve("site");
        assertTrue(TestSites.build(content, built, null).succeeded());
        List<String> lines = Files.readAllLines(built.resolve("404.html")).stream()
                .filter(line -> line.startsWith("<p><svg")).toList();
        assertEquals(3, lines.size(), lines::toString);
        assertEquals(lines.get(0), lines.get(1));
        assertEquals(lines.get(0), lines.get(2));
        assertEquals("https://例子.gov.cn/上街/", QrDecoder.decodeSvg(lines.get(0).replaceAll("</?p>", "")));
    }

    @Test
    void issueAndArticlePagesCarryTheQrCodeOfTheirOwnAddress() {
        for (String path : List.of("issues/2024/45/", "issues/2024/45/1/", "issues/2024/45/7/")) {
            Document page = TestSites.page(site, path);
            Element qr = page.selectFirst("main .page-qr svg");
            assertNotNull(qr, path);
            assertEquals(1, page.select(".page-qr").size(), path);
            assertEquals(BASE_URL + path, page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals(BASE_URL + path, QrDecoder.decodeSvg(qr.outerHtml()), path);
            assertEquals(BASE_URL + path, page.selectFirst(".page-qr-url").text(), "the caption prints the address too");
            assertEquals("true", qr.attr("aria-hidden"), "the caption, not the picture, tells a screen reader what it is");
        }
        for (String path : List.of("", "issues/", "departments/", "about/", "search/", "404.html")) {
            assertTrue(TestSites.page(site, path).select(".page-qr, .page-tools").isEmpty(), path);
        }
    }

    @Test
    void controlsThatNeedJavaScriptStartHidden() {
        for (String path : List.of("", "issues/2024/45/", "issues/2024/45/1/", "search/", "404.html")) {
            Document page = TestSites.page(site, path);
            Element toggle = page.selectFirst("header .reading-settings-toggle");
            assertNotNull(toggle, path);
            assertTrue(toggle.hasAttr("hidden"), path);
            assertTrue(page.getElementById(toggle.attr("aria-controls")).hasAttr("hidden"), path);
            assertEquals(List.of("标准", "大", "特大"), page.select("[data-text-size]").eachText(), path);
            page.select(".page-tools").forEach(tools -> assertTrue(tools.hasAttr("hidden"), path));
            Element backToTop = page.selectFirst(".back-to-top a");
            assertEquals("#top", backToTop.attr("href"), "a plain link, which works without JavaScript");
            assertNotNull(page.getElementById("top"), path);
        }
        Element tools = TestSites.page(site, "issues/2024/45/").selectFirst(".page-tools");
        assertEquals(List.of("语音朗读", "停止朗读", "打印本页"), tools.select("button").eachText());
    }
}
