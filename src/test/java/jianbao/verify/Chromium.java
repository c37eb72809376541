package jianbao.verify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import jianbao.search.Browser;
import jianbao.search.StaticServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the verification tests: Debian's chromium and chromedriver (as in
 * {@link Browser}), with the console and the network (DevTools performance log) recorded, and a
 * viewport set through DevTools so that widths down to 320 px are the page's real layout width.
 */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(Browser.CHROMIUM)) {
            missing.add("chromium (" + Browser.CHROMIUM + ")");
        }
        if (!Files.isExecutable(Browser.CHROMEDRIVER)) {
            missing.add("chromedriver (" + Browser.CHROMEDRIVER + ")");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + String.join(" and ", missing)
                    + ": apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * The site the browser tests look at: the verified site built for a {@link StaticServer} under
     * /xinxi/ in {@code work}, and a browser. Closing it quits the browser and stops the server.
     */
    record ServedSite(StaticServer server, ChromeDriver browser) implements AutoCloseable {

        static ServedSite start(Path work) {
            StaticServer server = new StaticServer(work.resolve("site"), "/xinxi/");
            VerifiedSite.build(work, work.resolve("site"), server.baseUrl());
            return new ServedSite(server, Chromium.start());
        }

        @Override
        public void close() {
            browser.quit();
            server.close();
        }
    }

    /** Lays pages out {@code width} CSS pixels wide, as a phone ({@code mobile}) or a desktop window. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** A PNG of the whole page, not only the part in the viewport. */
    static byte[] fullPageScreenshot(ChromeDriver driver) {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Console messages at error level since the last call. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** The DevTools events (as JSON text) recorded since the last call. */
    static List<String> performanceLog(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage).toList();
    }
}
