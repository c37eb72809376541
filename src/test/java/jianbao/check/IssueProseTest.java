package jianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prose the rules look at: the marks at the start of a line (headline, quotation, list item,
 * fence) and within it (code, links, addresses, tags, emphasis, escapes), including the look-alikes
 * that are not marks. Blocks are shown with each {@link ProseBlock#MASK} as □.
 */
class IssueProseTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("## 标题\n正文", List.of("标题", "正文")),
                Arguments.of("##标题", List.of("标题")),
                Arguments.of("   ＃＃ 全角标题", List.of("全角标题")),
                Arguments.of("正文\n\n    ## 四个空格是代码", List.of("正文")),
                Arguments.of("####### 七个井号", List.of("# 七个井号")),
                Arguments.of("> 引用\n>紧贴的引用", List.of("引用\n紧贴的引用")),
                Arguments.of("- 列表\n-不是列表\n+ 加号\n* 星号", List.of("列表\n-不是列表\n加号\n星号")),
                Arguments.of("1. 第一\n12) 第二\n1234. 不是列表\n1.不是列表", List.of("第一\n第二\n1234. 不是列表\n1.不是列表")),
                Arguments.of("正文\n\t- 制表符后的列表", List.of("正文\n制表符后的列表")),
                Arguments.of("正文\n    续行不是代码", List.of("正文\n    续行不是代码")),
                Arguments.of("```\n代码\n```\n正文", List.of("正文")),
                Arguments.of("   ~~~js\n代码\n~~~\n正文", List.of("正文")),
                Arguments.of("    ```\n不是围栏", List.of("不是围栏")),
                Arguments.of("正文\n```x\u2028y\n不是围栏", List.of("正文\n□x\u2028y\n不是围栏")),
                Arguments.of("**加粗**与*斜体*，3.5公里，8:30，a.b", List.of("加粗与斜体，3.5公里，8:30，a.b")),
                Arguments.of("见www.example.gov.cn和https://a.gov.cn/b，邮箱a@b.cn", List.of("见□和□，邮箱□")),
                Arguments.of("见www 和 www.与 x://y", List.of("见www 和 www.与 x://y")),
                Arguments.of("`代码`、[链接](https://a.gov.cn)、<br>、\\*星号\\*", List.of("□、链接□、□、*星号*")),
                Arguments.of("<!-- 注释 -->\n正文\n<!--\n多行\n-->\n后文", List.of("正文", "后文")),
                Arguments.of("---\nnumber: 1\n---\n\n正文", List.of("正文")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void proseIsTheTextWithoutItsMarks(String body, List<String> blocks) {
        assertEquals(blocks, IssueProse.blocks(body).stream().map(b -> b.text().replace(ProseBlock.MASK, '□')).toList());
    }
}
