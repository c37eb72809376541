package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markings are found where bulletins print them, and the same words inside a sentence are not markings. */
class ClassificationMarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "内部资料|内部资料",
            "内部资料　注意保存|内部资料　注意保存",
            "  内部资料 注意保存  |内部资料 注意保存",
            "秘密★1年|秘密★1年",
            "★机密|★机密",
            "绝密|绝密",
            "【内部资料】|【内部资料】",
            "marking: 内部资料|marking: 内部资料",
            "密级：秘密|密级：秘密",
            "上街信息（内部资料）|（内部资料）",
            "第45期　机密★长期　中共上街区委办公室|机密★",
            "本刊为内部资料，注意保存，不得转载|内部资料，注意保存",
            "严格落实保守国家秘密制度。|-",
            "开展机密文件清查工作，确保不失泄密。|-",
            "整理内部资料 200 余份，建立台账。|-",
            "## 区保密局开展涉密载体检查|-",
    })
    void markingIsFoundOnlyWhereItIsPrinted(String line, String marking) {
        assertEquals(Optional.ofNullable(marking), ClassificationMarks.in(line));
    }
}
