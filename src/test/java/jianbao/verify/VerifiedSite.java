package jianbao.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jianbao.TestSites;
import jianbao.build.SiteBuilder;

/**
 * The site the verification tests check: the sample issue 45 of 《上街信息》 with an archive
 * behind it (two earlier issues in 2024 and three in 2023, with briefs), so that every kind of
 * page and every part of a page is there: the recent issues on the home page, the year index of
 * the archive, and a department paginated over two pages. A supplement shows the parts other
 * bulletins print: the kind and running total, an editor's note, sections, a subtitle, authors and
 * the full footer with the print run.
 */
final class VerifiedSite {

    /** Paths, under the base URL, of one page of each kind. */
    static final String HOME = "";
    static final String ARCHIVE = "issues/";
    static final String ISSUE = "issues/2024/45/";
    static final String ARTICLE = "issues/2024/45/2/";
    static final String SUPPLEMENT = "issues/2024/zengkan-1/";
    static final String SUPPLEMENT_ARTICLE = "issues/2024/zengkan-1/2/";
    static final String DEPARTMENTS = "departments/";
    static final String DEPARTMENT = "departments/xiawo-zhen/";
    static final String DEPARTMENT_PAGE_2 = "departments/chengguan-ju/page/2/";
    static final String SEARCH = "search/";
    static final String SEARCH_QUERY = "乡村振兴";
    static final String FREE_PAGE = "about/";
    static final String SITE_MAP = "sitemap/";
    static final String NOT_FOUND = "404.html";

    private VerifiedSite() {
    }

    /** Builds the site into {@code output} for {@code baseUrl}, using {@code work} for its content. */
    static void build(Path work, Path output, String baseUrl) {
        Path content = work.resolve("content");
        copy(TestSites.sampleContent(), content);
        TestSites.write(content.resolve("issues/2024/044.md"), issue(44, "2024-08-02", 3, "区城管局", "峡窝镇"));
        TestSites.write(content.resolve("issues/2024/043.md"), issue(43, "2024-07-26", 4, "区城管局", "区财政局"));
        for (int n = 1; n <= 3; n++) {
            TestSites.write(content.resolve("issues/2023/00" + n + ".md"),
                    issue(n, "2023-0" + (n + 2) + "-10", 6, "区城管局", "中心路街道"));
        }
        TestSites.write(content.resolve("issues/2024/zengkan-001.md"), SUPPLEMENT_SOURCE);
        SiteBuilder.Result result = TestSites.build(content, output, baseUrl);
        assertTrue(result.succeeded(), () -> result.problems().all().toString());
    }

    private static final String SUPPLEMENT_SOURCE = """
            ---
            number: 1
            kind: 增刊
            total: 310
            date: 2024-07-30
            publisher: 中共上街区委办公室
            footer:
              报: 市委办公室
              送: 区委、区人大、区政府、区政协领导
              发: 各镇（街道）、区直各单位
              抄送: 区人武部
            print_run: 60
            editor: 柴亚文
            ---

            编者按：今年入汛以来，我区各级各部门认真落实防汛责任。现将有关情况刊发，供参考。

            # 【工作动态】

            ## 区城管局全面排查城区防汛隐患

            ——汛前检查做到全覆盖

            一是开展拉网式排查。二是建立问题台账。截至目前，排查整改隐患 27 处。（区城管局）

            # 【基层经验】

            按：峡窝镇的做法值得各地借鉴。

            ## 峡窝镇扎实做好防汛物资储备

            作者：王晓明、李红

            一是备足物资。二是组建抢险队伍。三是开展应急演练 2 次。（峡窝镇）
            """;

    private static String issue(int number, String date, int articles, String department, String briefDepartment) {
        StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: " + date
                + "\npublisher: 中共上街区委办公室\nrecipients: 区县处级领导\neditor: 柴亚文\n---\n\n");
        for (int i = 1; i <= articles; i++) {
            text.append("## ").append(department).append("推进第").append(number).append("期第").append(i)
                    .append("项重点工作\n\n一是压实责任，细化任务分工。二是加强督导，定期通报进展。截至目前，完成整改 ")
                    .append(10 + i).append(" 处。（").append(department).append("）\n\n");
        }
        text.append("△ ").append(date.substring(5, 7).replaceFirst("^0", "")).append("月")
                .append(date.substring(8).replaceFirst("^0", "")).append("日，召开专题会议部署下一阶段工作。（")
                .append(briefDepartment).append("）\n");
        return text.toString();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
