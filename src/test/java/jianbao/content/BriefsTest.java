package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianbao.TestSites;
import jianbao.model.Brief;
import jianbao.model.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs are read from △ paragraphs wherever they stand, whatever markup surrounds the mark and the departments. */
class BriefsTest {

    @TempDir
    Path root;

    private List<Brief> briefs(String body) {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("issues/2024/045.md"), TestSites.issue(45, "2024-08-09", "区财政局") + body);
        ContentLoader.Result loaded = ContentLoader.load(content, new ContentLoader.Options(false, TestSites.TODAY, Optional.empty()));
        assertEquals(List.of(), loaded.problems().all());
        return loaded.site().orElseThrow().issues().get(0).briefs();
    }

    @Test
    void everyBriefKeepsItsMarkupAndLosesItsMarkAndDepartments() {
        List<Brief> briefs = briefs("""
                △ **8月9日**，第一条简讯。（区财政局）

                △**8月10日**，第二条，
                分两行写。（峡窝镇、区财政局）

                △ 第三条的单位折行写。（峡窝镇、
                区财政局）

                ## 简讯后面的信息

                正文。（峡窝镇）

                △ 文末的简讯，[见附件](x.pdf)。（区财政局）
                """);
        assertEquals(List.of(
                        "<strong>8月9日</strong>，第一条简讯。",
                        "<strong>8月10日</strong>，第二条，分两行写。",
                        "第三条的单位折行写。",
                        "文末的简讯，<a href=\"x.pdf\">见附件</a>。"),
                briefs.stream().map(Brief::html).toList());
        assertEquals(List.of("8月9日，第一条简讯。", "8月10日，第二条，\n分两行写。", "第三条的单位折行写。", "文末的简讯，见附件。"),
                briefs.stream().map(Brief::text).toList());
        assertEquals(List.of(List.of("区财政局"), List.of("峡窝镇", "区财政局"), List.of("峡窝镇", "区财政局"), List.of("区财政局")),
                briefs.stream().map(b -> b.departments().stream().map(Department::name).toList()).toList());
        assertEquals(List.of(1, 2, 3, 4), briefs.stream().map(Brief::position).toList());
    }
}
