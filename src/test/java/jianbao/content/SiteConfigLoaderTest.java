package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianbao.TestSites;
import jianbao.model.SiteConfig;
import jianbao.model.SiteIdentity;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "site_code: 4101060001                    | 4101060001",
            "site_code: bm01000001                    | bm01000001",
            "icp: 豫ICP备12345678号-1                  | 豫ICP备12345678号-1",
            "icp: 京ICP证030173号                      | 京ICP证030173号",
            "police_record: 豫公网安备 41010602000123号 | 41010602000123",
            "police_record: 豫公网安备41010602000123号  | 41010602000123",
            "column_type: 政策文件                      | 政策文件"})
    void identificationNumbersInTheFormsTheyAreIssuedIn(String line, String expected, @TempDir Path dir) {
        Path file = dir.resolve("site.yaml");
        TestSites.write(file, SITE + line + "\n");
        Problems problems = new Problems();
        SiteIdentity identity = SiteConfigLoader.load(file, problems).orElseThrow().identity();
        assertEquals(List.of(), problems.all());
        String read = switch (line.substring(0, line.indexOf(':'))) {
            case "site_code" -> identity.siteCode();
            case "icp" -> identity.icp();
            case "police_record" -> identity.policeRecord().code();
            default -> identity.columnType();
        };
        assertEquals(expected, read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "site_code: 410106001                     | 3 | 网站标识码“410106001”应是 10 位",
            "site_code: BM01000001                    | 3 | 网站标识码“BM01000001”应是 10 位",
            "site_code: 41010600O1                    | 3 | 网站标识码“41010600O1”应是 10 位",
            "icp: ICP备12345678号                      | 3 | ICP 备案号“ICP备12345678号”应照",
            "icp: 豫ICP备12345678                      | 3 | ICP 备案号“豫ICP备12345678”应照",
            "police_record: 豫公网安备 4101060200012号  | 3 | 公安机关备案号“豫公网安备 4101060200012号”应照",
            "column_type: 新闻                          | 3 | 栏目类别“新闻”不在《政府网站发展指引》的栏目类别中",
            "contact: 郑州市上街区                       | 3 | 联系方式应在“contact:”下面分行写",
            "'contact:\n  address: 中心路 1 号\n  email: xinxi.shangjie.gov.cn' | 5 | 电子邮箱“xinxi.shangjie.gov.cn”不像邮箱地址",
            "'party_mark:\n  image: images/none.png\n  url: https://bszs.conac.cn/sitename?method=show&id=1' | 4 | 找不到党政机关标识的图片“images/none.png”",
            "'party_mark:\n  image: ../outside.png\n  url: https://bszs.conac.cn/' | 4 | 找不到党政机关标识的图片“../outside.png”",
            "'party_mark:\n  image: link.png\n  url: https://bszs.conac.cn/' | 4 | 找不到党政机关标识的图片“link.png”",
            "'party_mark:\n  image: mark.png\n  url: bszs.conac.cn' | 5 | 党政机关标识的链接“bszs.conac.cn”应是完整的网址",
            "'party_mark:\n  url: https://bszs.conac.cn/' | 3 | 缺少党政机关标识的图片"})
    void aMistypedIdentificationIsAnErrorOnItsLine(String lines, int line, String message, @TempDir Path dir) {
        Path file = dir.resolve("content/site.yaml");
        TestSites.write(dir.resolve("content/mark.png"), "png");
        TestSites.write(dir.resolve("outside.png"), "png");
        try {
            Files.createSymbolicLink(dir.resolve("content/link.png"), dir.resolve("outside.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestSites.write(file, SITE + lines.replace("\\n", "\n") + "\n");
        Problems problems = new Problems();
        SiteConfigLoader.load(file, problems);
        assertEquals(1, problems.all().size(), problems.all().toString());
        Problem problem = problems.all().get(0);
        assertTrue(problem.isError());
        assertEquals(line, problem.line(), problem.message());
        assertTrue(problem.message().startsWith(message), problem.message());
    }

    @Test
    void theWholeIdentificationIsReadWithUnknownFieldsWarnedAboutOnTheirLines(@TempDir Path dir) {
        Path file = dir.resolve("site.yaml");
        TestSites.write(dir.resolve("images/dzjg.png"), "png");
        TestSites.write(file, SITE + """
                sponsor: 郑州市上街区人民政府办公室
                organizer: 上街区大数据管理局
                contact:
                  address: 郑州市上街区中心路 1 号
                  telephone: 0371-68123456
                  email: xinxi@shangjie.gov.cn
                  fax: 0371-68123457
                party_mark: {image: images/dzjg.png, url: "https://bszs.conac.cn/sitename?method=show&id=1"}
                keywords: 上街区、政务信息, 工作动态
                icp_code: 豫ICP备12345678号-1
                """);
        Problems problems = new Problems();
        SiteIdentity identity = SiteConfigLoader.load(file, problems).orElseThrow().identity();
        assertEquals(List.of(9, 12), problems.all().stream().map(Problem::line).toList(), problems.all().toString());
        assertTrue(problems.all().stream().noneMatch(Problem::isError));
        assertTrue(problems.all().get(0).message().startsWith("字段“fax”不认识"));
        assertTrue(problems.all().get(1).message().startsWith("字段“icp_code”不认识"));
        assertEquals("郑州市上街区人民政府办公室", identity.sponsor());
        assertEquals("上街区大数据管理局", identity.organizer());
        assertEquals(new SiteIdentity.Contact("郑州市上街区中心路 1 号", "0371-68123456", "xinxi@shangjie.gov.cn"),
                identity.contact());
        assertEquals("images/dzjg.png", identity.partyMark().image());
        assertEquals("https://bszs.conac.cn/sitename?method=show&id=1", identity.partyMark().url());
        assertEquals(List.of("上街区", "政务信息", "工作动态"), identity.keywords());
        assertEquals(SiteIdentity.DEFAULT_COLUMN_TYPE, identity.columnType());
        assertEquals("", identity.siteCode());
        assertNull(identity.policeRecord());
    }
}
