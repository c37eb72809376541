package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page in headless Chromium, as WCAG 2.1 AA asks: axe-core finds no violation in
 * any of the reader's modes (the three text sizes, high contrast), on a desktop and at 320 px;
 * every control is reached by Tab and shows where the focus is; and every target is at least 24
 * by 24 px.
 */
@Tag("browser")
class AccessibilityBrowserTest {

    /** The WCAG 2.1 A and AA rules of axe-core. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", VerifiedSite.HOME);
        PAGES.put("archive", VerifiedSite.ARCHIVE);
        PAGES.put("issue", VerifiedSite.ISSUE);
        PAGES.put("article", VerifiedSite.ARTICLE);
        PAGES.put("supplement with sections", VerifiedSite.SUPPLEMENT);
        PAGES.put("article of a section", VerifiedSite.SUPPLEMENT_ARTICLE);
        PAGES.put("department index", VerifiedSite.DEPARTMENTS);
        PAGES.put("department", VerifiedSite.DEPARTMENT);
        PAGES.put("department, page 2", VerifiedSite.DEPARTMENT_PAGE_2);
        PAGES.put("search with results", VerifiedSite.SEARCH + "?q=" + VerifiedSite.SEARCH_QUERY);
        PAGES.put("free page", VerifiedSite.FREE_PAGE);
        PAGES.put("site map", VerifiedSite.SITE_MAP);
        PAGES.put("404", VerifiedSite.NOT_FOUND);
    }

    private record Viewport(String name, int width, int height, boolean mobile) {
    }

    /** A reader's choice in the reading settings: a text size step and whether high contrast is on. */
    private record Mode(String name, String size, boolean highContrast) {
    }

    private static final Mode STANDARD = new Mode("standard type", "standard", false);
    private static final Mode LARGE = new Mode("large type", "large", false);
    private static final Mode EXTRA_LARGE = new Mode("extra-large type", "xlarge", false);
    private static final Mode HIGH_CONTRAST = new Mode("high contrast", "standard", true);

    private static final Viewport DESKTOP = new Viewport("1280 px", 1280, 900, false);
    private static final Viewport NARROW = new Viewport("320 px", 320, 640, true);

    @TempDir
    static Path work;
    static Chromium.ServedSite served;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void serveAndStart() throws IOException {
        axe = Files.readString(NodePackages.axe());
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
    void axeFindsNoViolationsOnAnyPageInEitherTypeSizeOrWidth() {
        List<String> violations = new ArrayList<>();
        TreeSet<String> rules = new TreeSet<>();
        Map<String, List<String>> incomplete = new java.util.TreeMap<>();
        int audits = 0;
        for (Viewport viewport : List.of(DESKTOP, NARROW)) {
            Chromium.viewport(browser, viewport.width(), viewport.height(), viewport.mobile());
            for (Mode mode : List.of(STANDARD, LARGE, EXTRA_LARGE, HIGH_CONTRAST)) {
                load(VerifiedSite.HOME);
                setMode(mode);
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    load(page.getValue());
                    String where = page.getKey() + " (" + viewport.name() + ", " + mode.name() + ")";
                    assertEquals(expectedClasses(mode), browser.executeScript("return document.documentElement.className"), where);
                    Map<String, Object> result = runAxe();
                    audits++;
                    rules.addAll(strings(result.get("rules")));
                    strings(result.get("incomplete")).forEach(what -> incomplete.computeIfAbsent(what, k -> new ArrayList<>()).add(where));
                    strings(result.get("violations")).forEach(v -> violations.add(where + ": " + v));
                    if (viewport == NARROW) {
                        long overflow = (Long) browser.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (overflow > 0) {
                            violations.add(where + ": reflow: the page scrolls sideways by " + overflow + " px");
                        }
                    }
                }
            }
        }
        System.out.println("axe-core: " + audits + " audits (" + PAGES.size() + " pages x standard/large/extra-large type and high contrast x 1280/320 px), "
                + rules.size() + " WCAG 2.1 A/AA rules run, " + violations.size() + " violations");
        incomplete.forEach((what, where) -> System.out.println("axe-core left for review (not a violation): " + what
                + " (" + where.size() + " audits, such as " + where.get(0) + ")"));
        assertEquals(List.of(), violations);
        assertTrue(rules.size() > 40, "axe ran its WCAG rules: " + rules);
    }

    @Test
    void everyControlIsReachedByTabAndShowsItsFocus() {
        List<String> problems = new ArrayList<>();
        int stops = 0;
        for (Viewport viewport : List.of(DESKTOP, NARROW)) {
            Mode mode = viewport == NARROW ? EXTRA_LARGE : STANDARD;
            Chromium.viewport(browser, viewport.width(), viewport.height(), viewport.mobile());
            load(VerifiedSite.HOME);
            setMode(mode);
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                String where = page.getKey() + " (" + viewport.name() + ", " + mode.name() + ")";
                load(page.getValue());
                browser.executeScript("window.__tabbed = []; if (document.activeElement) document.activeElement.blur();");
                for (int i = 0; i < 300; i++) {
                    new Actions(browser).sendKeys(Keys.TAB).perform();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> focus = (Map<String, Object>) browser.executeScript(FOCUS_SCRIPT);
                    if (Boolean.TRUE.equals(focus.get("done"))) {
                        break;
                    }
                    stops++;
                    if (!Boolean.TRUE.equals(focus.get("visible"))) {
                        problems.add(where + ": no visible focus on " + focus.get("element"));
                    }
                }
                for (String unreached : strings(browser.executeScript(UNREACHED_SCRIPT))) {
                    problems.add(where + ": Tab never reaches " + unreached);
                }
            }
        }
        System.out.println("Keyboard: " + stops + " Tab stops on " + PAGES.size() + " pages (1280 px, and 320 px in extra-large type), "
                + "each with a visible focus; " + problems.size() + " problems");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTargetIsAtLeast24By24Pixels() {
        List<String> small = new ArrayList<>();
        long targets = 0;
        long inline = 0;
        int layouts = 0;
        for (Viewport viewport : List.of(NARROW, DESKTOP)) {
            Chromium.viewport(browser, viewport.width(), viewport.height(), viewport.mobile());
            for (Mode mode : viewport == NARROW ? List.of(STANDARD, LARGE, EXTRA_LARGE) : List.of(STANDARD)) {
                load(VerifiedSite.HOME);
                setMode(mode);
                layouts++;
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    load(page.getValue());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> sizes = (Map<String, Object>) browser.executeScript(TARGET_SCRIPT);
                    targets += (Long) sizes.get("targets");
                    inline += (Long) sizes.get("inline");
                    strings(sizes.get("small")).forEach(s -> small.add(page.getKey() + " (" + viewport.name()
                            + ", " + mode.name() + "): " + s));
                }
            }
        }
        System.out.println("Target size: " + targets + " links, buttons and fields measured on " + PAGES.size() + " pages in "
                + layouts + " layouts (320 px in the three text sizes, 1280 px), " + inline
                + " inline links in text excepted; " + small.size() + " smaller than 24 x 24 px");
        assertEquals(List.of(), small);
    }

    private static void load(String path) {
        browser.get(served.server().baseUrl() + path);
        if (path.startsWith(VerifiedSite.SEARCH + "?")) {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
                var search = d.findElement(By.id("search"));
                return search.getAttribute("data-search-query") != null && search.getAttribute("aria-busy") == null
                        && !d.findElements(By.cssSelector(".search-result")).isEmpty();
            });
        }
    }

    /**
     * Chooses a text size and high contrast in the reading settings, by keyboard, as a reader would,
     * and closes the settings again; the choice is remembered.
     */
    private static void setMode(Mode mode) {
        var toggle = browser.findElement(By.cssSelector(".reading-settings-toggle"));
        toggle.sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("[data-text-size=" + mode.size() + "]")).sendKeys(Keys.ENTER);
        var contrast = browser.findElement(By.cssSelector("[data-switch=high-contrast]"));
        if (Boolean.parseBoolean(contrast.getAttribute("aria-pressed")) != mode.highContrast()) {
            contrast.sendKeys(Keys.ENTER);
        }
        assertEquals(String.valueOf(mode.highContrast()), contrast.getAttribute("aria-pressed"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals(mode.size(), browser.executeScript("return localStorage.getItem('jianbao-text-size')"));
        assertEquals(expectedClasses(mode), browser.executeScript("return document.documentElement.className"));
    }

    /** The classes the reading settings give the root element. */
    private static String expectedClasses(Mode mode) {
        String size = mode.size().equals("standard") ? "" : "text-" + mode.size();
        return (size + (mode.highContrast() ? " high-contrast" : "")).trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runAxe() {
        browser.executeScript(axe);
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript(AXE_SCRIPT, TAGS);
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core failed: " + result.get("error"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    private static final String AXE_SCRIPT = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(function (r) {
                var ids = function (list) { return list.map(function (rule) { return rule.id; }); };
                done({
                  rules: ids(r.violations.concat(r.passes, r.incomplete, r.inapplicable)),
                  incomplete: r.incomplete.map(function (v) {
                    return v.id + ': ' + v.nodes.map(function (n) {
                      return n.target.join(' ') + ' — ' + n.any.concat(n.all, n.none).map(function (c) { return c.message; }).join('; ');
                    }).join(' | ');
                  }),
                  violations: r.violations.map(function (v) {
                    return v.id + ' (' + v.impact + ', ' + v.help + '): ' + v.nodes.map(function (n) {
                      return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                    }).join(' | ');
                  })
                });
              }, function (e) { done({ error: String(e) }); });
            """;

    /** Records the element Tab reached and whether its focus is shown; done once focus leaves the page's controls. */
    private static final String FOCUS_SCRIPT = """
            var el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement || window.__tabbed.indexOf(el) >= 0) {
              return { done: true };
            }
            window.__tabbed.push(el);
            var cs = getComputedStyle(el);
            var outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
            var shadow = cs.boxShadow && cs.boxShadow !== 'none';
            var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
              + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"';
            return { done: false, visible: el.matches(':focus-visible') && (outline || shadow), element: name };
            """;

    /** The visible controls of the page that Tab did not reach. */
    private static final String UNREACHED_SCRIPT = """
            var controls = document.querySelectorAll('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), '
              + 'select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])');
            return Array.prototype.filter.call(controls, function (el) {
              var cs = getComputedStyle(el);
              return el.getClientRects().length > 0 && cs.visibility !== 'hidden' && window.__tabbed.indexOf(el) < 0;
            }).map(function (el) { return el.outerHTML.slice(0, 120); });
            """;

    /**
     * Measures every visible link, button and field. A link inside the running text of a paragraph
     * is excepted, as WCAG 2.5.8 excepts targets whose size the line of text sets.
     */
    private static final String TARGET_SCRIPT = """
            var controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary');
            var targets = 0, inline = 0, small = [];
            Array.prototype.forEach.call(controls, function (el) {
              var cs = getComputedStyle(el);
              var box = el.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || cs.visibility === 'hidden') return;
              if (el.classList.contains('skip-link') && box.bottom <= 0) return;
              targets++;
              if (box.width >= 24 && box.height >= 24) return;
              if (cs.display === 'inline') {
                var block = el.parentElement;
                while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
                var others = 0;
                var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
                for (var t = walker.nextNode(); t; t = walker.nextNode()) {
                  if (!el.contains(t) && t.textContent.trim()) others++;
                }
                if (others > 0 && block.tagName === 'P') { inline++; return; }
              }
              small.push(el.tagName.toLowerCase() + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '" '
                + Math.round(box.width * 10) / 10 + 'x' + Math.round(box.height * 10) / 10);
            });
            return { targets: targets, inline: inline, small: small };
            """;
}
