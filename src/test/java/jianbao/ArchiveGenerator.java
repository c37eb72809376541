package jianbao;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, deterministic archive for tests and measurements: issues of several years, each
 * with articles and briefs from a registry of departments, in the format office staff write.
 */
public final class ArchiveGenerator {

    public static final List<String> DEPARTMENTS = List.of("峡窝镇", "中心路街道", "工业路街道", "济源路街道", "矿山街道",
            "先进制造业开发区", "区委编办", "区委社工部", "区委组织部", "区委宣传部", "区自然资源局", "区城管局", "区工信商务局",
            "区财政局", "区退役军人事务局", "区教育局", "区民政局", "区卫健委", "区住建局", "区农业农村局", "区文旅局",
            "区市场监管局", "区应急管理局", "区人社局", "区医保局", "区生态环境分局", "区交通运输局", "区水利局", "区统计局",
            "区审计局");

    private static final List<String> PHRASES = List.of("加强组织领导", "细化工作措施", "强化督导检查", "深入走访企业",
            "开展专项行动", "完善工作机制", "推进项目建设", "优化营商环境", "提升服务质量", "加大宣传力度", "压实工作责任",
            "聚焦群众需求", "整合各方资源", "建立工作台账", "实行清单管理", "坚持问题导向", "推动工作落实", "做好风险排查");

    private ArchiveGenerator() {
    }

    /**
     * Writes site.yaml, departments.yaml and {@code issues} issues of {@code articlesPerIssue} articles
     * into {@code root}/content, numbered from 1 each year, 48 issues a year from 2015.
     */
    public static Path write(Path root, int issues, int articlesPerIssue) {
        Path content = root.resolve("content");
        TestSites.write(content.resolve("site.yaml"), """
                title: 上街信息
                publisher: 中共上街区委办公室
                base_url: https://www.shangjie.gov.cn/xinxi/
                items_per_page: 20
                """);
        StringBuilder registry = new StringBuilder();
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            String name = DEPARTMENTS.get(i);
            registry.append("- name: ").append(name).append("\n  slug: d").append(i).append("\n  kind: ")
                    .append(name.endsWith("镇") || name.endsWith("街道") ? "镇/街道" : "区直部门").append('\n');
        }
        TestSites.write(content.resolve("departments.yaml"), registry.toString());
        for (int i = 0; i < issues; i++) {
            int year = 2015 + i / 48;
            int number = i % 48 + 1;
            TestSites.write(issueFile(content, year, number), issue(year, number, articlesPerIssue));
        }
        return content;
    }

    public static Path issueFile(Path content, int year, int number) {
        return content.resolve("issues/%d/%03d.md".formatted(year, number));
    }

    /** The text of one issue; the same arguments always give the same text. */
    public static String issue(int year, int number, int articles) {
        Random random = new Random(year * 1000L + number);
        LocalDate date = LocalDate.of(year, 1, 3).plusDays((number - 1) * 7L);
        StringBuilder text = new StringBuilder("---\nnumber: " + number + "\ndate: " + date
                + "\npublisher: 中共上街区委办公室\nrecipients: 区县处级领导\ndistribution: 各镇街、区直各单位\neditor: 柴亚文\n---\n\n");
        for (int a = 1; a <= articles; a++) {
            String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            text.append("## ").append(department).append(PHRASES.get(random.nextInt(PHRASES.size())))
                    .append("（").append(year).append("年第").append(number).append("期第").append(a).append("条）\n\n");
            String[] ordinals = {"一是", "二是", "三是"};
            for (String ordinal : ordinals) {
                text.append(ordinal);
                for (int k = 0; k < 4; k++) {
                    text.append(PHRASES.get(random.nextInt(PHRASES.size()))).append(k < 3 ? "，" : "。");
                }
            }
            text.append("截至目前，完成任务 **").append(10 + random.nextInt(90)).append("** 项。（").append(department);
            if (random.nextInt(4) == 0) {
                text.append("、").append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())));
            }
            text.append("）\n\n");
        }
        for (int b = 0; b < 2; b++) {
            text.append("△ **").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日**，")
                    .append(PHRASES.get(random.nextInt(PHRASES.size()))).append("工作会议召开。（")
                    .append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()))).append("）\n\n");
        }
        return text.toString();
    }
}
