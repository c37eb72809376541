package jianbao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import jianbao.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @Test
    void formActionsAreCheckedLikeLinks(@TempDir Path site) {
        TestSites.write(site.resolve("index.html"), """
                <!DOCTYPE html><html><body>
                <form action="/xinxi/search/" method="get"><input name="q"></form>
                <form action="/xinxi/find/" method="get"><input name="q"></form>
                <form action="https://elsewhere.example/search"><input name="q"></form>
                <a href="/xinxi/search/">search</a>
                </body></html>
                """);
        TestSites.write(site.resolve("search/index.html"), "<!DOCTYPE html><html><body></body></html>");
        LinkChecker.Report report = new LinkChecker(site, URI.create("https://example.gov.cn/xinxi/")).check();
        assertEquals(List.of(new LinkChecker.BrokenLink("index.html", "/xinxi/find/")), report.broken());
        assertEquals(4, report.links());
    }
}
