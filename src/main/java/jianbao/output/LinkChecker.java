package jianbao.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds links in a generated site that point into the site but to no generated file: every
 * {@code href} and {@code src} and every form's {@code action} of every HTML page, resolved against the
 * page's own URL under the base URL, whether the site is served at a root or under a sub-path.
 */
public final class LinkChecker {

    /** A link on {@code page} to {@code target} that no file answers. */
    public record BrokenLink(String page, String target) {
    }

    /** What a check looked at and what it found broken. */
    public record Report(int pages, int links, List<BrokenLink> broken) {
    }

    private final Path site;
    private final URI baseUrl;

    public LinkChecker(Path site, URI baseUrl) {
        this.site = site;
        this.baseUrl = baseUrl;
    }

    /** Checks every page; broken links are listed page by page in path order. */
    public Report check() {
        List<BrokenLink> broken = new ArrayList<>();
        List<Path> pages = htmlPages();
        int links = 0;
        for (Path page : pages) {
            String relative = site.relativize(page).toString().replace('\\', '/');
            URI pageUrl = baseUrl.resolve(relative.endsWith("index.html") ? relative.substring(0, relative.length() - 10) : relative);
            Document document;
            try {
                document = Jsoup.parse(page.toFile(), "UTF-8", pageUrl.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Element element : document.select("[href], [src], form[action]")) {
                for (String attribute : List.of("href", "src", "action")) {
                    if (!element.hasAttr(attribute) || attribute.equals("action") && !element.nameIs("form")) {
                        continue;
                    }
                    links++;
                    if (!resolves(pageUrl, element.attr(attribute))) {
                        broken.add(new BrokenLink(relative, element.attr(attribute)));
                    }
                }
            }
        }
        return new Report(pages.size(), links, broken);
    }

    private List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean resolves(URI pageUrl, String link) {
        URI target;
        try {
            target = pageUrl.resolve(link.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (target.getScheme() != null && !target.getScheme().startsWith("http")) {
            return true;
        }
        if (!sameSite(target)) {
            return true;
        }
        String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8);
        String basePath = baseUrl.getPath();
        if (!path.startsWith(basePath)) {
            return false;
        }
        String relative = path.substring(basePath.length());
        Path file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        return Files.isRegularFile(file);
    }

    private boolean sameSite(URI target) {
        try {
            URI origin = new URI(baseUrl.getScheme(), baseUrl.getAuthority(), null, null, null);
            return target.getScheme() != null && new URI(target.getScheme(), target.getAuthority(), null, null, null).equals(origin);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
