package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jianbao.content.DepartmentRegistry;
import jianbao.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportTest {

    @TempDir
    Path folder;

    private static DepartmentRegistry registry() {
        Problems problems = new Problems();
        DepartmentRegistry registry = DepartmentRegistry.load(Path.of("content/departments.yaml"), problems);
        assertEquals(List.of(), problems.all());
        return registry;
    }

    @Test
    void seedReport() {
        Path seed = Seed.write(folder, Seed.text());
        ImportResult result = OfficeTextImportTest.importFile(seed, null);

        String report = ImportReport.format(result, seed, folder.resolve("content/issues/2024/045.md"), registry(), folder);

        assertEquals("""
                已导入第 45 期（2024-08-09）→ content/issues/2024/045.md
                读入：issue.txt（文本，UTF-8 编码）
                信息 7 条，简讯 2 条
                供稿单位 12 个：
                  先进制造业开发区
                  峡窝镇
                  区自然资源局
                  中心路街道
                  区域管局（名录中“区城管局”的别名）
                  工业路街道
                  区工信商务局
                  区委编办
                  区财政局
                  区退役军人事务局
                  区委社工部
                  区教育局
                需要核对的地方 3 处：
                  issue.txt:13: “…导新型农业经营主”与下一段“体发展“林果种植…”接成了一段（多半是分页断开的）
                  issue.txt:19: “…规模设备更新，因”与下一段“地制宜打造产业改…”接成了一段（多半是分页断开的）
                  issue.txt:25: “…保惠及有需求的学”与下一段“生。三是强化监督…”接成了一段（多半是分页断开的）
                """, report);
    }

    @Test
    void departmentsMissingFromTheRegistryAreMarked() {
        Path file = Seed.write(folder, Seed.replacing("（区教育局）", "（区教育局、区发展改革委）"));
        ImportResult result = OfficeTextImportTest.importFile(file, null);

        String report = ImportReport.format(result, file, folder.resolve("045.md"), registry(), folder);

        assertTrue(report.contains("\n  区教育局\n  区发展改革委  ※ 不在部门名录 departments.yaml 中"), report);
    }
}
