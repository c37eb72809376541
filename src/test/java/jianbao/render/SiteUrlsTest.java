package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Full URLs are those the base URL resolves to, whichever way they are made. */
class SiteUrlsTest {

    private static final List<String> BASES = List.of("http://localhost:8000/", "https://www.shangjie.gov.cn/xinxi/",
            "https://www.shangjie.gov.cn/xinxi", "https://www.shangjie.gov.cn/?v=1", "https://www.shangjie.gov.cn/#top",
            "https://例子.中国/");

    private static final List<String> PATHS = List.of("", "issues/", "issues/2024/45/", "issues/2024/45/3/",
            "assets/css/site.css", "departments/qu-chengguan-ju/page/2/", "feed.xml", "a", "a.", "a/b.c/",
            "./a", "../a", "a/../b", "a/./b", "a/.b", ".well-known/x", "a//b", "/a", "//host/a", "a?x=1", "a#b",
            "issues/2024/45/#brief-2", "a b", "中文/", "a%20b", "http://other.example/a", "mailto:x@y", "a:b");

    @Test
    void absoluteIsTheBaseUrlResolvingThePath() {
        for (String base : BASES) {
            SiteUrls urls = new SiteUrls(URI.create(base));
            for (String path : PATHS) {
                String expected;
                try {
                    expected = URI.create(base).resolve(path).toString();
                } catch (IllegalArgumentException notAUri) {
                    continue;
                }
                assertEquals(expected, urls.absolute(path), base + " + " + path);
            }
        }
    }
}
