package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The footer of the government website identification in Chromium: every item fits the width of a
 * phone or a desktop, nothing is clipped, the 我为政府网站找错 link carries the address of the page it is
 * on, and pictures of it are written to target/screenshots/ (footer-320.png …).
 */
@Tag("browser")
class FooterBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;
    static Chromium.ServedSite served;
    static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() {
        served = Chromium.ServedSite.start(work);
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theFooterFitsEveryWidthAndItsErrorLinkCarriesThePageAddress() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        for (int width : List.of(320, 390, 1280)) {
            Chromium.viewport(browser, width, 900, width < 1000);
            for (String path : List.of(VerifiedSite.ISSUE, VerifiedSite.FREE_PAGE, VerifiedSite.NOT_FOUND)) {
                browser.get(served.server().baseUrl() + path);
                browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(FOOTER_SCRIPT);
                found.forEach(problem -> problems.add(path + " at " + width + " px: " + problem));
            }
            browser.get(served.server().baseUrl() + VerifiedSite.ISSUE);
            browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
            Files.write(SCREENSHOTS.resolve("footer-" + width + ".png"), footerScreenshot());
        }
        assertEquals(List.of(), problems);
    }

    private static byte[] footerScreenshot() {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.executeScript("""
                var r = document.querySelector('footer.site-footer').getBoundingClientRect();
                return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};""");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", box.get("x"), "y", box.get("y"),
                        "width", box.get("width"), "height", box.get("height"), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** What is wrong with the footer of the page in the browser: items outside the page, a wrong page address. */
    private static final String FOOTER_SCRIPT = """
            var problems = [];
            var width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) {
              problems.push('the page scrolls sideways by ' + (document.documentElement.scrollWidth - width) + ' px');
            }
            var footer = document.querySelector('footer.site-footer');
            footer.querySelectorAll('a, span, p, img').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.left < 0 || r.right > width + 0.5) {
                problems.push('“' + (e.textContent || e.alt) + '” runs outside the page (' + Math.round(r.left) + '–' + Math.round(r.right) + ')');
              }
              if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible') {
                problems.push('“' + e.textContent + '” is clipped');
              }
            });
            var img = footer.querySelector('.party-mark img');
            if (!img || !img.complete || img.naturalWidth === 0) {
              problems.push('the 党政机关 mark does not show');
            }
            var report = Array.from(footer.querySelectorAll('a')).find(function (a) { return a.textContent === '我为政府网站找错'; });
            if (!report) {
              problems.push('no 我为政府网站找错 link');
            } else if (new URL(report.href).searchParams.get('url') !== location.href) {
              problems.push('the 找错 link carries ' + new URL(report.href).searchParams.get('url') + ', not ' + location.href);
            }
            return problems;""";
}
