package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import jianbao.QrDecoder;
import jianbao.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading aids for elderly readers (工信部《互联网网站适老化通用设计规范》) in headless Chromium: the
 * three text sizes and high contrast at 320, 390 and 1280 px (font size, contrast, no sideways
 * scrolling, no clipped control, axe-core), the choices remembered from page to page, read-aloud
 * driven through a recording stand-in for the browser's speech engine, the print button, the QR code
 * read back with ZXing, the back-to-top link, and the page without JavaScript. Screenshots of every
 * mode and width go to target/screenshots/reading-*.png.
 */
@Tag("browser")
class ReadingAidsBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** What a reader chose: a text size step (its button's data value and label) and high contrast; the body text it gives. */
    private record Mode(String name, String size, String label, int bodyPixels, boolean highContrast) {
    }

    private static final List<Mode> MODES = List.of(
            new Mode("standard", "standard", "标准", 17, false),
            new Mode("large", "large", "大", 20, false),
            new Mode("xlarge", "xlarge", "特大", 24, false),
            new Mode("high-contrast", "standard", "标准", 17, true));

    private static final List<Integer> WIDTHS = List.of(320, 390, 1280);

    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", VerifiedSite.HOME);
        PAGES.put("issue", VerifiedSite.ISSUE);
        PAGES.put("article", VerifiedSite.ARTICLE);
        PAGES.put("search", VerifiedSite.SEARCH + "?q=" + VerifiedSite.SEARCH_QUERY);
    }

    /** What read-aloud hands to the speech engine on the article page, sentence by sentence. */
    private static final List<String> ARTICLE_SENTENCES = List.of(
            "我区发展“采摘经济”激发乡村振兴新活力",
            "上街信息 2024年第45期，2024年8月9日，供稿：峡窝镇、区自然资源局",
            "一是着力调整农业产业结构，以生态资源为依托，引导新型农业经营主体发展“林果种植+采摘经济”，让“采摘游”为乡村全面振兴注入新活力，助推农户稳定增收。",
            "二是结合五云山休闲康养度假区、方顶驿文化旅游度假区定位功能，指导第三方公司强化闲置绿地运营，打造集种植、休闲观光、果蔬采摘为一体的生态果园项目，创造收益的同时，吸纳村民就地就近就业。",
            "三是种植水果涉及十余类品种，成熟时间跨度长，覆盖多个旅游黄金期，园区设置共享菜地、果树认领、亲子农事教育等配套活动，推动农旅深度融合，把特色林果产业打造成辐射带动全区经济社会发展的新的增长极，打造经济增长“新引擎”。",
            "截至目前，打造果园 2 处，盘活土地 150 余亩，累计带动就业 500 余人次。");

    @TempDir
    static Path work;
    static Chromium.ServedSite served;
    static ChromeDriver browser;
    static String axe;
    /** The id of the script Chromium runs before each page's own, while a test has one installed. */
    private String injected;

    @BeforeAll
    static void serveAndStart() throws IOException {
        axe = Files.readString(NodePackages.axe());
        served = Chromium.ServedSite.start(work);
        browser = served.browser();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @AfterEach
    void forgetChoices() {
        if (injected != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", injected));
            injected = null;
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        load(VerifiedSite.HOME);
        browser.executeScript("localStorage.clear()");
    }

    @Test
    void everyTextSizeAndHighContrastAtEveryWidth() throws IOException {
        List<String> problems = new ArrayList<>();
        int audits = 0;
        for (int width : WIDTHS) {
            Chromium.viewport(browser, width, width == 1280 ? 900 : width == 390 ? 844 : 640, width < 1280);
            for (Mode mode : MODES) {
                load(VerifiedSite.HOME);
                choose(mode);
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    load(page.getValue());
                    String where = page.getKey() + " at " + width + " px, " + mode.name();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) browser.executeScript(MEASURE_SCRIPT);
                    double body = ((Number) m.get("bodyText")).doubleValue();
                    if (Math.abs(body - mode.bodyPixels()) > 0.01) {
                        problems.add(where + ": body text " + body + " px, expected " + mode.bodyPixels());
                    }
                    long overflow = ((Number) m.get("overflow")).longValue();
                    if (overflow > 0) {
                        problems.add(where + ": the page scrolls sideways by " + overflow + " px");
                    }
                    strings(m.get("clipped")).forEach(c -> problems.add(where + ": clipped control " + c));
                    if (((Number) m.get("titleLines")).longValue() != 1) {
                        problems.add(where + ": the site title runs over " + m.get("titleLines") + " lines");
                    }
                    if (!Boolean.TRUE.equals(m.get("placeholderFits"))) {
                        problems.add(where + ": the search field's placeholder is cut off");
                    }
                    double header = ((Number) m.get("header")).doubleValue();
                    if (width < 1280 && header > 190) {
                        problems.add(where + ": the header takes " + header + " px of the phone's screen");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> contrast = (Map<String, Object>) m.get("contrast");
                    for (String kind : List.of("text", "links", "controls")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> lowest = (Map<String, Object>) contrast.get(kind);
                        double ratio = ((Number) lowest.get("ratio")).doubleValue();
                        if (mode.highContrast() && ratio < 7) {
                            problems.add(where + ": " + kind + " contrast " + ratio + ":1 at " + lowest.get("element"));
                        }
                    }
                    strings(runAxe()).forEach(v -> problems.add(where + ": axe: " + v));
                    audits++;
                    if (width == 320 || mode.name().equals("standard") || mode.name().equals("high-contrast")) {
                        System.out.printf("Reading aids, %s: body %.0f px, header %.0f px high, lowest contrast text %.1f, links %.1f, controls %.1f%n",
                                where, body, header, ratio(contrast, "text"), ratio(contrast, "links"), ratio(contrast, "controls"));
                    }
                    browser.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1])");
                    Files.write(SCREENSHOTS.resolve("reading-" + page.getKey() + "-" + width + "-" + mode.name() + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                }
            }
            load(VerifiedSite.ARTICLE);
            choose(MODES.get(2));
            browser.findElement(By.cssSelector(".reading-settings-toggle")).sendKeys(Keys.ENTER);
            Files.write(SCREENSHOTS.resolve("reading-settings-open-" + width + "-xlarge.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        System.out.println("Reading aids: " + audits + " layouts (" + PAGES.size() + " pages x " + MODES.size() + " modes x "
                + WIDTHS.size() + " widths) measured and audited by axe-core; " + problems.size() + " problems");
        assertEquals(List.of(), problems);
    }

    @Test
    void choicesAreMadeByKeyboardAndRememberedFromPageToPage() {
        Chromium.viewport(browser, 390, 844, true);
        load(VerifiedSite.HOME);
        WebElement toggle = browser.findElement(By.cssSelector(".reading-settings-toggle"));
        assertTrue(toggle.isDisplayed());
        assertEquals("阅读设置", toggle.getAccessibleName());
        assertFalse(browser.findElement(By.id("reading-settings")).isDisplayed());
        choose(new Mode("xlarge", "xlarge", "特大", 24, true));
        toggle.sendKeys(Keys.ENTER);
        WebElement pointer = browser.findElement(By.cssSelector("[data-switch=large-pointer]"));
        pointer.sendKeys(Keys.SPACE);
        assertEquals("true", pointer.getAttribute("aria-pressed"));
        WebElement panel = browser.findElement(By.id("reading-settings"));
        panel.findElement(By.cssSelector("[data-text-size=xlarge]")).sendKeys(Keys.ESCAPE);
        assertFalse(panel.isDisplayed(), "Escape closes the settings");
        assertEquals(toggle, browser.switchTo().activeElement(), "and gives the focus back to their button");
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        browser.findElement(By.cssSelector(".site-nav a[href$='/issues/']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/issues/"));
        assertEquals("text-xlarge high-contrast large-pointer", browser.executeScript("return document.documentElement.className"));
        assertEquals(24.0, number("return parseFloat(getComputedStyle(document.body).fontSize)"));
        assertEquals("rgb(0, 0, 0)", browser.executeScript("return getComputedStyle(document.body).backgroundColor"));
        browser.findElement(By.cssSelector(".reading-settings-toggle")).sendKeys(Keys.ENTER);
        for (String pressed : List.of("[data-text-size=xlarge]", "[data-switch=high-contrast]", "[data-switch=large-pointer]")) {
            assertEquals("true", browser.findElement(By.cssSelector(pressed)).getAttribute("aria-pressed"), pressed);
        }
        for (String notPressed : List.of("[data-text-size=standard]", "[data-text-size=large]")) {
            assertEquals("false", browser.findElement(By.cssSelector(notPressed)).getAttribute("aria-pressed"), notPressed);
        }
        String bodyCursor = (String) browser.executeScript("return getComputedStyle(document.body).cursor");
        String linkCursor = (String) browser.executeScript("return getComputedStyle(document.querySelector('main a[href]')).cursor");
        assertTrue(bodyCursor.contains("/xinxi/assets/cursors/arrow.svg") && bodyCursor.endsWith("auto"), bodyCursor);
        assertTrue(linkCursor.contains("/xinxi/assets/cursors/hand.svg") && linkCursor.endsWith("pointer"), linkCursor);
        for (String cursor : List.of("arrow", "hand")) {
            assertEquals(48L, browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1], image = new Image();
                    image.onload = function () { done(image.naturalWidth); };
                    image.onerror = function () { done(-1); };
                    image.src = arguments[0];
                    """, served.server().baseUrl() + "assets/cursors/" + cursor + ".svg"), cursor + ".svg loads as a 48 px picture");
        }

        browser.findElement(By.cssSelector("[data-text-size=standard]")).sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("[data-switch=high-contrast]")).sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("[data-switch=large-pointer]")).sendKeys(Keys.ENTER);
        assertEquals("", browser.executeScript("return document.documentElement.className"));
        load(VerifiedSite.ARTICLE);
        assertEquals("", browser.executeScript("return document.documentElement.className"), "turned off, also remembered");
        assertEquals(17.0, number("return parseFloat(getComputedStyle(document.body).fontSize)"));
    }

    @Test
    void theLargeTypeChosenBeforeTheThreeStepsIsKept() {
        load(VerifiedSite.HOME);
        browser.executeScript("localStorage.setItem('jianbao-large-type', 'on')");
        load(VerifiedSite.ARTICLE);
        assertEquals("text-large", browser.executeScript("return document.documentElement.className"));
        assertEquals(20.0, number("return parseFloat(getComputedStyle(document.body).fontSize)"));
    }

    @Test
    void readAloudHandsTheArticleToTheSpeechEngineSentenceBySentenceAndHighlightsEach() throws IOException {
        Chromium.viewport(browser, 390, 844, true);
        injectSpeechStandIn();
        load(VerifiedSite.ARTICLE);
        WebElement read = browser.findElement(By.cssSelector(".page-tools .read-aloud"));
        WebElement stop = browser.findElement(By.cssSelector(".page-tools .read-aloud-stop"));
        assertEquals("语音朗读", read.getText());
        assertFalse(stop.isDisplayed());
        read.sendKeys(Keys.ENTER);
        for (int i = 0; i < ARTICLE_SENTENCES.size(); i++) {
            awaitUtterances(i + 1);
            Map<String, Object> utterance = utterance(i);
            assertEquals(ARTICLE_SENTENCES.get(i), utterance.get("text"), "sentence " + i);
            assertEquals("zh-CN", utterance.get("lang"));
            assertEquals("普通话（中国大陆）", utterance.get("voice"), "the zh-CN voice, not the first Chinese one");
            fire(i, "start");
            assertEquals(ARTICLE_SENTENCES.get(i).replaceAll("[\\s，]", ""), highlighted().replaceAll("[·，]", ""),
                    "the sentence being read is marked");
            awaitInView();
            assertTrue(stop.isDisplayed());
            assertEquals(Boolean.TRUE, browser.executeScript("""
                    var box = document.querySelector('.page-tools').getBoundingClientRect();
                    return box.top >= 0 && box.bottom <= window.innerHeight;
                    """), "the buttons stay on screen while the text scrolls under them, at sentence " + i);
            if (i == 3) {
                Files.write(SCREENSHOTS.resolve("reading-read-aloud-390.png"), browser.getScreenshotAs(OutputType.BYTES));
            }
            if (i == 2) {
                assertEquals("暂停朗读", read.getText());
                read.sendKeys(Keys.ENTER);
                assertEquals("继续朗读", read.getText());
                assertEquals("已暂停。", status());
                read.sendKeys(Keys.ENTER);
                assertEquals("暂停朗读", read.getText());
                assertEquals(List.of("speak", "speak", "speak", "pause", "resume"), calls());
            }
            fire(i, "end");
        }
        assertEquals("朗读完毕。", status());
        assertEquals("语音朗读", read.getText());
        assertEquals("", highlighted());
        assertEquals(ARTICLE_SENTENCES.size(), ((Number) browser.executeScript("return window.__speech.utterances.length")).intValue(),
                "nothing more is spoken after the last sentence");

        read.sendKeys(Keys.ENTER);
        awaitUtterances(ARTICLE_SENTENCES.size() + 1);
        fire(ARTICLE_SENTENCES.size(), "start");
        assertEquals(ARTICLE_SENTENCES.get(0), highlighted(), "a second reading starts again at the headline");
        assertTrue(stop.isDisplayed());
        stop.sendKeys(Keys.ENTER);
        assertEquals("cancel", calls().get(calls().size() - 1));
        assertEquals("", highlighted());
        assertEquals("已停止朗读。", status());
        assertFalse(stop.isDisplayed());
        assertEquals(read, browser.switchTo().activeElement(), "the focus goes back to the read-aloud button");
        fire(ARTICLE_SENTENCES.size(), "end");
        assertEquals(ARTICLE_SENTENCES.size() + 1, ((Number) browser.executeScript("return window.__speech.utterances.length")).intValue(),
                "a stopped reading does not go on when its sentence ends");
        assertEquals(List.of(), Chromium.consoleErrors(browser));
    }

    @Test
    void readAloudReadsAWholeIssueInPrintedOrderWithoutTheTableOfContents() {
        Chromium.viewport(browser, 1280, 900, false);
        injectSpeechStandIn();
        load(VerifiedSite.ISSUE);
        browser.findElement(By.cssSelector(".page-tools .read-aloud")).sendKeys(Keys.ENTER);
        List<String> spoken = new ArrayList<>();
        for (int i = 0; i < 500 && !"朗读完毕。".equals(status()); i++) {
            awaitUtterances(i + 1);
            String text = (String) utterance(i).get("text");
            spoken.add(text);
            fire(i, "start");
            assertEquals(text.replaceAll("\\s", ""), highlighted());
            fire(i, "end");
        }
        assertEquals("朗读完毕。", status());
        assertEquals(List.of("上街信息", "第45期", "中共上街区委办公室 2024年8月9日", TestSites.SAMPLE_HEADLINES.get(0)), spoken.subList(0, 4));
        for (String headline : TestSites.SAMPLE_HEADLINES) {
            assertEquals(1, spoken.stream().filter(headline::equals).count(), headline + " is read once, not also from the table of contents");
        }
        Document page = TestSites.page(work.resolve("site"), VerifiedSite.ISSUE);
        String printed = readableText(page.selectFirst("main article"));
        assertEquals(printed, String.join("", spoken).replaceAll("\\s", ""), "every word of the issue is read, in order");
        Pattern sentenceEnd = Pattern.compile("[。！？；][”’」』）)》]*$");
        Pattern inside = Pattern.compile("[。！？；][^”’」』）)》。！？；]");
        for (String sentence : spoken) {
            assertFalse(inside.matcher(sentence).find(), "one sentence at a time: " + sentence);
        }
        long ended = spoken.stream().filter(s -> sentenceEnd.matcher(s).find()).count();
        assertTrue(ended > spoken.size() / 2, ended + " of " + spoken.size() + " end a sentence; the others are headings and lines");
        assertTrue(spoken.stream().anyMatch(s -> s.startsWith("8月9日，上街区人民政府与郑州经贸学院")), "the briefs are read");
        assertTrue(spoken.stream().noneMatch(s -> s.contains("△")), "without their △ mark, which is hidden from screen readers too");
        System.out.println("Read-aloud: the issue page is read as " + spoken.size() + " sentences, the article page as "
                + ARTICLE_SENTENCES.size());
    }

    @Test
    void withoutSpeechSynthesisTheReaderIsToldPlainly() {
        injected = inject("Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });"
                + "delete window.SpeechSynthesisUtterance;");
        load(VerifiedSite.ARTICLE);
        assertEquals(null, browser.executeScript("return window.speechSynthesis || null"));
        WebElement read = browser.findElement(By.cssSelector(".page-tools .read-aloud"));
        read.sendKeys(Keys.ENTER);
        assertEquals("这个浏览器不能语音朗读。可以换用其他浏览器，或使用手机、电脑自带的朗读功能。", status());
        assertEquals("语音朗读", read.getText());
        assertEquals("", highlighted());
        assertEquals(List.of(), Chromium.consoleErrors(browser));
    }

    @Test
    void whenTheSpeechEngineFailsTheReaderIsToldAndAnInterruptionIsNoFailure() {
        injectSpeechStandIn();
        load(VerifiedSite.ARTICLE);
        WebElement read = browser.findElement(By.cssSelector(".page-tools .read-aloud"));
        read.sendKeys(Keys.ENTER);
        awaitUtterances(1);
        browser.executeScript("window.__speech.fire(0, 'error', 'interrupted')");
        assertEquals("正在朗读，朗读的句子以黄色标出。", status(), "an interruption (another page's speech cancelled) is not a failure");
        assertEquals(ARTICLE_SENTENCES.get(0), highlighted());
        browser.executeScript("window.__speech.fire(0, 'error', 'synthesis-failed')");
        assertEquals("这个浏览器不能语音朗读。可以换用其他浏览器，或使用手机、电脑自带的朗读功能。", status(),
                "as Chromium without any voice installed fails");
        assertEquals("语音朗读", read.getText());
        assertEquals("", highlighted());
        fire(0, "end");
        assertEquals(1L, browser.executeScript("return window.__speech.utterances.length"), "a failed reading does not go on");
    }

    @Test
    void thePrintButtonPrintsAndPrintShowsTheQrCodeInsteadOfTheControls() throws IOException {
        Chromium.viewport(browser, 1280, 900, false);
        for (String path : List.of(VerifiedSite.ISSUE, VerifiedSite.ARTICLE)) {
            load(VerifiedSite.HOME);
            browser.executeScript("localStorage.setItem('jianbao-text-size', 'xlarge'); localStorage.setItem('jianbao-high-contrast', 'on')");
            load(path);
            browser.executeScript("window.__printed = 0; window.print = function () { window.__printed++; };");
            WebElement print = browser.findElement(By.cssSelector(".page-tools .print-page"));
            assertEquals("打印本页", print.getText());
            print.sendKeys(Keys.ENTER);
            assertEquals(1L, browser.executeScript("return window.__printed"), path);

            String url = served.server().baseUrl() + path;
            WebElement qr = browser.findElement(By.cssSelector(".page-qr svg"));
            assertTrue(qr.isDisplayed(), "on a wide screen the QR code is in a small box");
            assertEquals(url, decode(qr), path);

            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String control : List.of(".site-header", ".reading-settings-toggle", ".page-tools", ".back-to-top", ".site-footer")) {
                assertEquals("none", browser.executeScript("return getComputedStyle(document.querySelector(arguments[0])).display", control),
                        control + " is not printed");
            }
            assertEquals("flex", browser.executeScript("return getComputedStyle(document.querySelector('.page-qr')).display"));
            assertEquals(16.0, number("return parseFloat(getComputedStyle(document.body).fontSize)"), "print is 12 pt whatever the screen's size");
            assertEquals("rgb(0, 0, 0)", browser.executeScript("return getComputedStyle(document.querySelector('main .body p')).color"),
                    "and black on white, without the screen's high contrast");
            // A printer puts about 300 dots in an inch where a screen has 96: the printed code is read at that density.
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 3, "mobile", false));
            assertEquals(url, decode(browser.findElement(By.cssSelector(".page-qr svg"))), "the printed code leads to " + url);
            Chromium.viewport(browser, 1280, 900, false);
            Files.write(SCREENSHOTS.resolve("reading-print-" + (path.equals(VerifiedSite.ISSUE) ? "issue" : "article") + ".png"),
                    Chromium.fullPageScreenshot(browser));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Chromium.viewport(browser, 390, 844, true);
        load(VerifiedSite.ARTICLE);
        assertFalse(browser.findElement(By.cssSelector(".page-qr")).isDisplayed(), "a phone does not show the code of its own page");
    }

    @Test
    void backToTopShowsOnLongPagesAndLeadsToTheTop() {
        Chromium.viewport(browser, 1280, 900, false);
        load(VerifiedSite.NOT_FOUND);
        assertFalse(browser.findElement(By.cssSelector(".back-to-top")).isDisplayed(), "a short page has no need of it");
        load(VerifiedSite.ISSUE);
        WebElement link = browser.findElement(By.cssSelector(".back-to-top a"));
        assertTrue(link.isDisplayed());
        assertEquals("返回顶部", link.getText());
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> number("return window.scrollY") == 0.0);
        assertEquals("top", browser.executeScript("return document.querySelector(':target').id"));
    }

    @Test
    void withoutJavaScriptThePageIsWholeAndShowsNoControlThatNeedsIt() {
        Chromium.viewport(browser, 390, 844, true);
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        for (String path : List.of(VerifiedSite.ISSUE, VerifiedSite.ARTICLE)) {
            load(path);
            for (String control : List.of(".reading-settings-toggle", "#reading-settings", ".page-tools")) {
                assertFalse(browser.findElement(By.cssSelector(control)).isDisplayed(), control + " on " + path);
            }
            assertTrue(browser.findElement(By.cssSelector(".back-to-top a")).isDisplayed(), "a plain link, shown");
            assertTrue(browser.findElement(By.cssSelector("main .body p")).isDisplayed());
            assertEquals(0L, browser.executeScript("return document.querySelectorAll('.sentence').length"));
            assertTrue(((Number) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .longValue() <= 0);
        }
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    /** Chooses a mode in the reading settings with the keyboard, as a reader would, and closes them again. */
    private static void choose(Mode mode) {
        WebElement toggle = browser.findElement(By.cssSelector(".reading-settings-toggle"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement size = browser.findElement(By.cssSelector("[data-text-size=" + mode.size() + "]"));
        assertEquals(mode.label(), size.getAccessibleName());
        size.sendKeys(Keys.ENTER);
        WebElement contrast = browser.findElement(By.cssSelector("[data-switch=high-contrast]"));
        if (Boolean.parseBoolean(contrast.getAttribute("aria-pressed")) != mode.highContrast()) {
            contrast.sendKeys(Keys.SPACE);
        }
        assertEquals("true", size.getAttribute("aria-pressed"));
        assertEquals(String.valueOf(mode.highContrast()), contrast.getAttribute("aria-pressed"));
        assertEquals("高对比度", contrast.getAccessibleName(), "a switch keeps its name; aria-pressed tells its state");
        toggle.sendKeys(Keys.ENTER);
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertEquals(mode.size(), browser.executeScript("return localStorage.getItem('jianbao-text-size')"));
        assertEquals(mode.highContrast(), browser.executeScript("return document.documentElement.classList.contains('high-contrast')"));
    }

    private static void load(String path) {
        browser.get(served.server().baseUrl() + path);
        if (path.startsWith(VerifiedSite.SEARCH + "?")) {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".search-result mark")).isEmpty());
        }
    }

    private static double number(String script) {
        return ((Number) browser.executeScript(script)).doubleValue();
    }

    private static double ratio(Map<String, Object> contrast, String kind) {
        return ((Number) ((Map<?, ?>) contrast.get(kind)).get("ratio")).doubleValue();
    }

    /** The text of a QR code on screen, read from a screenshot of it with ZXing. */
    private static String decode(WebElement qr) throws IOException {
        return QrDecoder.decode(ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES))));
    }

    private String inject(String script) {
        Map<String, Object> result = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        return (String) result.get("identifier");
    }

    /** Replaces the browser's speech engine, before the page's scripts run, with one that records what it is asked. */
    private void injectSpeechStandIn() {
        injected = inject(SPEECH_STAND_IN);
    }

    private static void awaitUtterances(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) browser.executeScript(
                "return window.__speech.utterances.length")).intValue() >= count);
    }

    private static void awaitInView() {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.executeScript("""
                var marked = document.querySelector('.reading-now');
                if (!marked) return false;
                var box = marked.getBoundingClientRect();
                return box.top >= 0 && box.top < window.innerHeight;
                """)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> utterance(int index) {
        return (Map<String, Object>) browser.executeScript("""
                var u = window.__speech.utterances[arguments[0]];
                return { text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null };
                """, index);
    }

    private static void fire(int index, String event) {
        browser.executeScript("window.__speech.fire(arguments[0], arguments[1])", index, event);
    }

    private static List<String> calls() {
        return strings(browser.executeScript("return window.__speech.calls.slice()"));
    }

    /** The text marked as being read, without spaces (those between two marked parts are not marked). */
    private static String highlighted() {
        return ((String) browser.executeScript("""
                return Array.prototype.map.call(document.querySelectorAll('.reading-now'), function (s) { return s.textContent; }).join('');
                """)).replaceAll("\\s", "");
    }

    private static String status() {
        return browser.findElement(By.cssSelector(".read-aloud-status")).getText();
    }

    /** The text of an element as a reader sees it, without what is hidden from screen readers or is the table of contents. */
    private static String readableText(Element article) {
        Element copy = article.clone();
        copy.select(".toc, .visually-hidden, [aria-hidden=true]").remove();
        return copy.text().replaceAll("\\s", "");
    }

    private static List<String> runAxe() {
        browser.executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(function (r) {
                    done({ violations: r.violations.map(function (v) {
                      return v.id + ': ' + v.nodes.map(function (n) {
                        return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                      }).join(' | ');
                    }) });
                  }, function (e) { done({ error: String(e) }); });
                """, TAGS);
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core failed: " + result.get("error"));
        }
        return strings(result.get("violations"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    /**
     * Stands in for window.speechSynthesis and SpeechSynthesisUtterance: records every call and
     * utterance, offers an English, a zh-TW and a zh-CN voice, and lets the test fire an utterance's
     * start and end events, as an engine would when it starts and finishes speaking it.
     */
    private static final String SPEECH_STAND_IN = """
            (function () {
              var record = window.__speech = { calls: [], utterances: [] };
              var voices = [{ name: 'English (US)', lang: 'en-US' }, { name: '國語（臺灣）', lang: 'zh-TW' },
                            { name: '普通话（中国大陆）', lang: 'zh-CN' }];
              function Utterance(text) { this.text = text; this.lang = ''; this.voice = null; }
              var engine = {
                speaking: false, paused: false, pending: false,
                getVoices: function () { return voices.slice(); },
                speak: function (u) { record.calls.push('speak'); record.utterances.push(u); },
                pause: function () { record.calls.push('pause'); },
                resume: function () { record.calls.push('resume'); },
                cancel: function () { record.calls.push('cancel'); },
                addEventListener: function () {}, removeEventListener: function () {}
              };
              Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
              Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
              record.fire = function (index, type, error) {
                var u = record.utterances[index];
                if (typeof u['on' + type] === 'function') u['on' + type]({ type: type, utterance: u, error: error });
              };
            })();
            """;

    /**
     * Measures the page as laid out: the body text's size, sideways overflow, controls whose content
     * overflows them or that stick out of the viewport, the lines of the site title, the header's
     * height, whether the search field's placeholder fits, and the lowest contrast of text, links and
     * controls (colour against the first opaque background behind it).
     */
    private static final String MEASURE_SCRIPT = """
            function visible(el) {
              var box = el.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
            }
            function rgba(css) { var v = css.match(/[\\d.]+/g).map(Number); if (v.length < 4) v.push(1); return v; }
            function luminance(c) {
              var l = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            function background(el) {
              for (; el; el = el.parentElement) { var c = rgba(getComputedStyle(el).backgroundColor); if (c[3] > 0) return c; }
              return [255, 255, 255, 1];
            }
            function contrast(el) {
              var a = luminance(rgba(getComputedStyle(el).color)), b = luminance(background(el));
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }
            function lowest(selector) {
              var worst = { ratio: 21, element: 'none' };
              document.querySelectorAll(selector).forEach(function (el) {
                if (!visible(el) || el.closest('.visually-hidden')) return;
                var r = contrast(el);
                if (r < worst.ratio) worst = { ratio: Math.round(r * 100) / 100, element: el.tagName.toLowerCase() + '.' + el.className + ' "' + el.textContent.trim().slice(0, 20) + '"' };
              });
              return worst;
            }
            var clipped = [];
            document.querySelectorAll('header a, header button, header input, .page-tools button, .back-to-top a, .breadcrumbs a').forEach(function (el) {
              if (!visible(el)) return;
              var box = el.getBoundingClientRect();
              if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 && el.tagName !== 'A'
                  || box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5) {
                clipped.push(el.tagName.toLowerCase() + ' "' + (el.textContent || el.placeholder).trim() + '" ' + Math.round(box.width) + ' px wide, content ' + el.scrollWidth);
              }
            });
            var title = document.querySelector('.site-title');
            var titleStyle = getComputedStyle(title);
            var input = document.querySelector('.search-box input');
            var fits = true;
            if (input && visible(input)) {
              var s = getComputedStyle(input);
              var canvas = document.createElement('canvas').getContext('2d');
              canvas.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
              fits = canvas.measureText(input.placeholder).width <= input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) + 0.5;
            }
            var text = document.querySelector('main .body p') || document.body;
            return {
              bodyText: parseFloat(getComputedStyle(text).fontSize),
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              clipped: clipped,
              titleLines: Math.round(title.getBoundingClientRect().height / parseFloat(titleStyle.lineHeight)),
              header: document.querySelector('.site-header').getBoundingClientRect().height,
              placeholderFits: fits,
              contrast: {
                text: lowest('main p, main li, main h1, main h2, main h3, main time, main span'),
                links: lowest('a[href]'),
                controls: lowest('button, input, select')
              }
            };
            """;
}
