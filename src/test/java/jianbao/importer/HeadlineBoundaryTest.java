package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineBoundaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            区先进制造业开发区加速推进重点项目建设 一是定期召开… | 区先进制造业开发区加速推进重点项目建设 | 一是定期召开… | BEFORE_FIRST_POINT | true
            区委 编办积极做好机构编制“三个管理” 一是台账管理…    | 区委 编办积极做好机构编制“三个管理”    | 一是台账管理…  | BEFORE_FIRST_POINT | false
            区财政局召开专题会议 近日，区财政局…               | 区财政局召开专题会议                 | 近日，区财政局… | AT_SPACE           | true
            区委 编办召开会议 8 月 9 日，区委编办…              | 区委 编办召开会议                    | 8 月 9 日，区委编办… | AT_SPACE      | false
            区财政局召开专题会议一是部署…                      | 区财政局召开专题会议                 | 一是部署…      | NO_SPACE           | false
            **区委编办积极做好机构编制“三个管理”**一是台账…     | 区委编办积极做好机构编制“三个管理”     | 一是台账…      | BOLD               | true
            """)
    void findsTheHeadline(String paragraph, String headline, String body, HeadlineBoundary.Kind kind, boolean sure) {
        HeadlineBoundary.Split split = HeadlineBoundary.find(paragraph).orElseThrow();

        assertEquals(headline, split.headline());
        assertEquals(body, split.body());
        assertEquals(kind, split.kind());
        assertEquals(sure, split.sure(), split.doubt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "体发展“林果种植+采摘经济”，让“采摘游”为乡村全面振兴注入新活力。",
        "生。三是强化监督。",
        "地制宜打造产业改造升级示范样板。",
        "**38.34**万元，惠及困难学生。",
        "**8月9日**，中心路街道办事处…",
        "40 余件，梳理共性问题。"
    })
    void continuationsHaveNoHeadline(String paragraph) {
        Optional<HeadlineBoundary.Split> split = HeadlineBoundary.find(paragraph);

        assertTrue(split.isEmpty() || !split.get().strong(), () -> split.get().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"区委编办积极做好机构编制“三个管理”", "**区委编办积极做好机构编制“三个管理”**", "区委 编办积极做好机构编制"})
    void headlineCanStandAlone(String paragraph) {
        assertTrue(HeadlineBoundary.couldStandAlone(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一是台账管理精细化。", "2024", "8 月 9 日，区委编办召开会议"})
    void sentencesAndNumbersDoNotStandAlone(String paragraph) {
        assertFalse(HeadlineBoundary.couldStandAlone(paragraph));
    }
}
