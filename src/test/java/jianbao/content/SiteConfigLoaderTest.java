package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianbao.TestSites;
import jianbao.model.SiteConfig;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteConfigLoaderTest {

    private static final String SITE = "title: 测试信息\nbase_url: https://example.gov.cn/\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''             | 20",
            "feed_limit: 5  | 5",
            "feed_limit: 50 | 50"})
    void feedLimitDefaultsToTwenty(String line, int expected, @TempDir Path dir) {
        Path file = dir.resolve("site.yaml");
        TestSites.write(file, SITE + line + "\n");
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteConfigLoader.load(file, problems);
        assertEquals(List.of(), problems.all());
        assertEquals(expected, config.orElseThrow().feedLimit());
        assertEquals(expected, config.get().withBaseUrl(URI.create("https://other.gov.cn/")).feedLimit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"feed_limit: 0", "feed_limit: 十条", "feed_limit: -3"})
    void aFeedLimitThatIsNotAPositiveNumberIsAnErrorOnItsLine(String line, @TempDir Path dir) {
        Path file = dir.resolve("site.yaml");
        TestSites.write(file, SITE + line + "\n");
        Problems problems = new Problems();
        SiteConfigLoader.load(file, problems);
        Problem problem = problems.all().get(0);
        assertTrue(problem.isError());
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("订阅条数应是正整数"), problem.message());
    }
}
