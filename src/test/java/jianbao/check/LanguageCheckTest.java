package jianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The language check, kind by kind: what it must find, at which line and column, and the look-alikes
 * it must leave alone (acronyms, quoted English titles, addresses, figures with units, code, correct
 * words that contain a mistaken form).
 */
class LanguageCheckTest {

    /** The front matter of the issue of 2024-08-16; the body starts on line 6. */
    private static final String FRONT = "---\nnumber: 46\ndate: 2024-08-16\n---\n\n";
    private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2024, 8, 16));
    static final int BODY_LINE = 6;

    private static final LanguageCheck CHECK = new LanguageCheck(LanguageSettings.shipped());

    static List<Finding> findings(String body) {
        return CHECK.findings(FRONT + body, DATE);
    }

    /** A body, the kind, line and column of what must be found there, and words its message must contain. */
    static Stream<Arguments> found() {
        return Stream.of(
                // Latin words
                Arguments.of("柔性 with 刚性执法并施。（区城管局）", FindingKind.LATIN_WORDS, 6, 4, "“with”"),
                Arguments.of("## 区财政局推进project管理\n\n正文。（区财政局）", FindingKind.LATIN_WORDS, 6, 10, "“project”"),
                Arguments.of("△ 8月9日，召开kick-off会议。（区财政局）", FindingKind.LATIN_WORDS, 6, 10, "“kick-off”"),
                Arguments.of("第一段。\n\n一是加强管理and服务。（区财政局）", FindingKind.LATIN_WORDS, 8, 7, "“and”"),
                // Mistaken forms
                Arguments.of("对各单位台帐进行核查。（区委编办）", FindingKind.MISTAKEN_FORMS, 6, 5, "应写作“台账”"),
                Arguments.of("## 全面布署防汛工作\n\n正文。（区水利局）", FindingKind.MISTAKEN_FORMS, 6, 6, "应写作“部署”"),
                Arguments.of("截止目前，完成任务 5 项。（区财政局）", FindingKind.MISTAKEN_FORMS, 6, 1, "应写作“截至目前”"),
                Arguments.of("大力宏扬劳模精神。（区总工会）", FindingKind.MISTAKEN_FORMS, 6, 3, "应写作“弘扬”"),
                Arguments.of("群众迫不急待地前来咨询。（区民政局）", FindingKind.MISTAKEN_FORMS, 6, 3, "应写作“迫不及待”"),
                Arguments.of("平台帐号统一管理。（区大数据局）", FindingKind.MISTAKEN_FORMS, 6, 3, "“帐号”"),
                // Standard expressions
                Arguments.of("深入开展两学一作学习教育。（区委组织部）", FindingKind.STANDARD_EXPRESSIONS, 6, 5, "“两学一做”差一个字"),
                Arguments.of("坚持以人民为中新的发展思想。（区委宣传部）", FindingKind.STANDARD_EXPRESSIONS, 6, 3, "“以人民为中心”差一个字（“新”应为“心”）"),
                Arguments.of("践行不忘初心、牢记史命。（区委宣传部）", FindingKind.STANDARD_EXPRESSIONS, 6, 3, "“不忘初心、牢记使命”差一个字（“史”应为“使”）"),
                Arguments.of("牢记不忘初心、牢使命。（区委宣传部）", FindingKind.STANDARD_EXPRESSIONS, 6, 3, "少了一个“记”字"),
                Arguments.of("践行不忘初心、记牢使命。（区委宣传部）", FindingKind.STANDARD_EXPRESSIONS, 6, 3, "颠倒"),
                // Punctuation
                Arguments.of("加强管理,提升服务。（区财政局）", FindingKind.PUNCTUATION, 6, 5, "半角的“,”"),
                Arguments.of("是否完成?请核对。（区财政局）", FindingKind.PUNCTUATION, 6, 5, "半角的“?”"),
                Arguments.of("做好“三个管理工作。（区委编办）", FindingKind.PUNCTUATION, 6, 3, "没有与它配对的“””"),
                Arguments.of("学习读本》。（区委宣传部）", FindingKind.PUNCTUATION, 6, 5, "前面没有与它配对的“《”"),
                Arguments.of("完成，，任务。（区财政局）", FindingKind.PUNCTUATION, 6, 3, "重复"),
                Arguments.of("完成任务　加强管理。（区财政局）", FindingKind.PUNCTUATION, 6, 5, "全角空格"),
                // Dates later than the (2024-08-16)
                Arguments.of("△ **8月19日**，召开会议。（区财政局）", FindingKind.LATER_DATES, 6, 5, "晚于本期的出刊日期（2024年8月16日）"),
                Arguments.of("2024年9月1日，召开会议。（区财政局）", FindingKind.LATER_DATES, 6, 1, "“2024年9月1日”"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("found")
    void isFoundAtItsLineAndColumn(String body, FindingKind kind, int line, int column, String words) {
        List<Finding> found = findings(body).stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, found.size(), () -> "exactly one finding of " + kind + " in " + findings(body));
        Finding finding = found.get(0);
        assertEquals(List.of(line, column), List.of(finding.line(), finding.column()), finding::toString);
        assertTrue(finding.message().contains(words), finding::toString);
    }

    /** Text that must give no finding of a kind, though it looks like what that kind looks for. */
    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                // Latin words: acronyms, units, codes, quoted titles, glosses, addresses, code
                Arguments.of(FindingKind.LATIN_WORDS, "GDP增长5%，新建5G基站12个，开发APP一款。（区统计局）"),
                Arguments.of(FindingKind.LATIN_WORDS, "新建道路3.5km，PM2.5浓度下降，发电200kWh。（区住建局）"),
                Arguments.of(FindingKind.LATIN_WORDS, "G310国道沿线A级景区4个，COVID-19疫情，Wi-Fi全覆盖，通过ISO9001认证。（区文旅局）"),
                Arguments.of(FindingKind.LATIN_WORDS, "防控甲型H1N1流感和H7N9禽流感。（区卫健委）"),
                Arguments.of(FindingKind.LATIN_WORDS, "参加“Made in China”展会，接受《China Daily》采访。（区工信商务局）"),
                Arguments.of(FindingKind.LATIN_WORDS, "推进人工智能（Artificial Intelligence）应用。（区工信商务局）"),
                Arguments.of(FindingKind.LATIN_WORDS, "详见网站https://www.shangjie.gov.cn/notice/index.html和邮箱office@shangjie.gov.cn。（区政府办）"),
                Arguments.of(FindingKind.LATIN_WORDS, "详见[通知全文](https://www.shangjie.gov.cn/a/b)和`config`文件。（区政府办）"),
                Arguments.of(FindingKind.LATIN_WORDS, "正文。（区政府办）\n\n```\nfunction hello world\n```"),
                Arguments.of(FindingKind.LATIN_WORDS, "一是第Ⅱ阶段，二是第IV阶段。（区政府办）"),
                // Mistaken forms: correct words that contain one
                Arguments.of(FindingKind.MISTAKEN_FORMS, "建立工作台账，截至目前已全面部署。（区委编办）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "发布署名文章，搭起帐篷，面对帐篷内的群众。（区应急管理局）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "面对严峻工作形势，学习贯彻会议精神。（区委办）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "发展特色采摘，推行阳光采购，鼓励行业发展。（峡窝镇）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "文章显示，一座标志性建筑，审核个人材料，规范筹资行为。（区财政局）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "立刻划定范围，恢复盖章，解决择校问题。（区教育局）"),
                Arguments.of(FindingKind.MISTAKEN_FORMS, "既使企业受益，又让群众满意。（区发展改革委）"),
                // Standard expressions: the expressions themselves, ordinals, punctuation alone, other words
                Arguments.of(FindingKind.STANDARD_EXPRESSIONS, "深入开展两学一做学习教育，坚持以人民为中心。（区委组织部）"),
                Arguments.of(FindingKind.STANDARD_EXPRESSIONS, "一是加强管理。四是全面加强监督。（区纪委监委）"),
                Arguments.of(FindingKind.STANDARD_EXPRESSIONS, "不忘初心，牢记使命。发展全过程人民民主。（区委宣传部）"),
                Arguments.of(FindingKind.STANDARD_EXPRESSIONS, "坚持以客户为中心，以企业为中心，以人民为核心。（区工信商务局）"),
                Arguments.of(FindingKind.STANDARD_EXPRESSIONS, "扎实开展党纪学习教育。（区纪委监委）"),
                // Punctuation: figures, times, English, balanced pairs, ellipsis, indentation
                Arguments.of(FindingKind.PUNCTUATION, "8:30召开会议，投资1,000万元，增长3.5%。（区财政局）"),
                Arguments.of(FindingKind.PUNCTUATION, "引用“Hello, world!”一句，China’s Daily。（区委宣传部）"),
                Arguments.of(FindingKind.PUNCTUATION, "（1）加强管理；（2）提升服务。“三个管理”《读本》【注】……——（区委编办）"),
                Arguments.of(FindingKind.PUNCTUATION, "　　一是加强管理。（区财政局）"),
                Arguments.of(FindingKind.PUNCTUATION, "详见https://example.gov.cn/a,b?c=1。（区政府办）"),
                // Dates: the issue's own, earlier, ahead of time on purpose
                Arguments.of(FindingKind.LATER_DATES, "△ **8月16日**，召开会议。7月19日完成。（区财政局）"),
                Arguments.of(FindingKind.LATER_DATES, "将于8月20日召开会议，8月31日前完成，8月1日至8月31日开展活动。（区财政局）"),
                Arguments.of(FindingKind.LATER_DATES, "2023年12月28日召开会议。（区财政局）"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookAlikes")
    void lookAlikeIsLeftAlone(FindingKind kind, String body) {
        assertEquals(List.of(), findings(body).stream().filter(f -> f.kind() == kind).toList());
    }

    @Test
    void halfWidthParenthesesAroundChineseAreBothFound() {
        List<String> found = findings("各镇(街道)开展工作。（区民政局）").stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.fix().map(x -> x.before() + "→" + x.after()).orElse("")).toList();
        assertEquals(List.of("6:3 (→（", "6:6 )→）"), found);
    }

    @Test
    void fixesAreGivenOnlyWhereTheyCannotChangeTheMeaning() {
        List<Finding> found = findings("加强管理,提升服务，对台帐核查，柔性 with 刚性，两学一作，“三个管理，完成，，任务。（区财政局）");
        List<String> fixes = found.stream().flatMap(f -> f.fix().stream()).map(f -> f.before() + "→" + f.after()).toList();
        assertEquals(List.of(",→，", "台帐→台账"), fixes);
        assertEquals(Optional.empty(), findings("一是完成“任务”。（区财政局）").stream().findFirst());
    }

    @Test
    void aFormWithSeveralCorrectFormsHasNoFix() {
        LanguageSettings shipped = LanguageSettings.shipped();
        java.util.Map<String, LanguageSettings.MistakenForm> forms = new java.util.HashMap<>(shipped.mistakenForms());
        forms.put("其它", new LanguageSettings.MistakenForm("其它", List.of("其他", "其余"), List.of()));
        LanguageCheck check = new LanguageCheck(new LanguageSettings(shipped.levels(), shipped.allowedLatin(), forms,
                shipped.standardExpressions()));
        Finding finding = check.findings(FRONT + "其它单位。（区财政局）", DATE).get(0);
        assertTrue(finding.message().contains("应写作“其他”或“其余”"), finding::toString);
        assertEquals(Optional.empty(), finding.fix());
    }

    @Test
    void frontMatterIsNotChecked() {
        assertEquals(List.of(), CHECK.findings("---\nnumber: 46\ndate: 2024-08-16\neditor: with台帐,\n---\n\n正文。（区财政局）\n", DATE));
    }
}
