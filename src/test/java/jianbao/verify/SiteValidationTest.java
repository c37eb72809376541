package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import jianbao.TestSites;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The generated files as validators see them: every HTML page through the Nu HTML Checker, every
 * feed through an XML or JSON parser, and the sitemap against the pages actually written.
 */
class SiteValidationTest {

    private static final String BASE_URL = "https://www.shangjie.gov.cn/xinxi/";

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        VerifiedSite.build(work, site, BASE_URL);
    }

    @Test
    @Tag("tools")
    void everyPageIsValidHtml() throws Exception {
        Path vnu = NodePackages.vnu();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process checker = new ProcessBuilder(java.toString(), "-jar", vnu.toString(), "--format", "json",
                "--skip-non-html", "--verbose", site.toString()).redirectOutput(work.resolve("vnu-files.txt").toFile())
                .redirectError(work.resolve("vnu.json").toFile()).start();
        assertTrue(checker.waitFor(3, TimeUnit.MINUTES), "the Nu HTML Checker did not finish");
        List<String> checked = Files.readAllLines(work.resolve("vnu-files.txt")).stream()
                .filter(line -> line.endsWith(".html")).toList();
        JsonNode report = new ObjectMapper().readTree(work.resolve("vnu.json").toFile());
        List<String> problems = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            boolean error = !message.path("type").asText().equals("info");
            boolean warning = message.path("subType").asText().equals("warning")
                    && !message.path("message").asText().startsWith("File was not checked");
            if (error || warning) {
                problems.add(site.relativize(Path.of(message.path("url").asText().replaceFirst("^file:", ""))) + ":"
                        + message.path("lastLine").asInt() + ": " + message.path("type").asText() + " "
                        + message.path("subType").asText("") + ": " + message.path("message").asText()
                        + "  [" + message.path("extract").asText("") + "]");
            }
        }
        int pages = htmlFiles().size();
        System.out.println("Nu HTML Checker " + report.path("version").asText() + ": " + checked.size() + " of "
                + pages + " pages validated, " + problems.size() + " errors or warnings");
        assertEquals(List.of(), problems, "the Nu HTML Checker found problems");
        assertEquals(pages, checked.size(), "the checker must see every page");
        assertEquals(0, checker.exitValue());
        assertTrue(pages >= 20, "every kind of page: " + pages);
    }

    @Test
    void everyFeedParses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int rss = 0;
        int atom = 0;
        for (Path file : files(name -> name.equals("feed.xml") || name.equals("atom.xml"))) {
            Document feed = factory.newDocumentBuilder().parse(file.toFile());
            String root = feed.getDocumentElement().getLocalName();
            if (file.getFileName().toString().equals("feed.xml")) {
                assertEquals("rss", root, file.toString());
                assertEquals("2.0", feed.getDocumentElement().getAttribute("version"), file.toString());
                rss++;
            } else {
                assertEquals("feed", root, file.toString());
                assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI(), file.toString());
                atom++;
            }
        }
        int json = 0;
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files(name -> name.endsWith(".json"))) {
            JsonNode parsed = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (file.getFileName().toString().equals("feed.json")) {
                assertEquals("https://jsonfeed.org/version/1.1", parsed.path("version").asText());
                assertTrue(parsed.path("items").size() > 0);
            }
            json++;
        }
        long departments = files(name -> name.equals("index.html")).stream()
                .filter(file -> site.relativize(file).toString().matches("departments/[^/]+/index.html")).count();
        System.out.println("Feeds parsed: " + rss + " RSS, " + atom + " Atom as XML; " + json
                + " JSON files (feed.json and the search index) as JSON");
        assertEquals(departments + 1, rss, "an RSS feed for the site and for every department");
        assertEquals(departments + 1, atom, "an Atom feed for the site and for every department");
        assertTrue(Files.isRegularFile(site.resolve("feed.json")));
    }

    @Test
    void theSitemapListsExactlyThePublicPages() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE_URL), loc);
            listed.add(loc.substring(BASE_URL.length()));
        }
        Set<String> pages = new TreeSet<>();
        Set<String> notIndexed = new TreeSet<>();
        for (Path file : htmlFiles()) {
            String path = site.relativize(file).toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1");
            Element robots = TestSites.page(site, path).selectFirst("meta[name=robots]");
            if (path.equals(VerifiedSite.NOT_FOUND) || robots != null && robots.attr("content").contains("noindex")) {
                notIndexed.add(path);
            } else {
                pages.add(path);
            }
        }
        System.out.println("Sitemap: " + listed.size() + " URLs for " + (pages.size() + notIndexed.size())
                + " HTML pages; left out: " + notIndexed);
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "no URL twice");
        assertEquals(pages, new TreeSet<>(listed));
        assertEquals(Set.of(VerifiedSite.NOT_FOUND, VerifiedSite.SEARCH), notIndexed,
                "only the 404 page and the search page (noindex) stay out of the sitemap");
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE_URL + "sitemap.xml"));
    }

    private static List<Path> htmlFiles() throws IOException {
        return files(name -> name.endsWith(".html"));
    }

    private static List<Path> files(java.util.function.Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(file -> name.test(file.getFileName().toString())).sorted().toList();
        }
    }
}
