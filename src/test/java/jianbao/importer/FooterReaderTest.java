package jianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jianbao.model.Footer;
import jianbao.model.FooterLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FooterReaderTest {

    /** Reads footer lines given with | between them; the guesses are counted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            as printed        ; 本期送：区县处级领导|发：峡窝镇、各街道办事处|责任编辑：柴亚文                   ; 区县处级领导 ; 峡窝镇、各街道办事处 ; 柴亚文 ; 0
            half-width colons ; 本期送:区县处级领导|发 : 峡窝镇、各街道办事处|责任编辑: 柴亚文                ; 区县处级领导 ; 峡窝镇、各街道办事处 ; 柴亚文 ; 0
            all on one line   ; 本期送：区县处级领导    发：峡窝镇、各街道办事处    责任编辑：柴亚文            ; 区县处级领导 ; 峡窝镇、各街道办事处 ; 柴亚文 ; 0
            wrapped field     ; 本期送：区县处级领导|发：峡窝镇、 各街道办事处、|区直各单位|责任编辑：柴亚文      ; 区县处级领导 ; 峡窝镇、各街道办事处、区直各单位 ; 柴亚文 ; 1
            phone after name  ; 责任编辑：柴亚文 电话：68912345                                            ; ''          ; ''                 ; 柴亚文 ; 1
            phone in brackets ; 责任编辑：柴亚文（电话 68912345）                                          ; ''          ; ''                 ; 柴亚文 ; 1
            signer after name ; 责任编辑：柴亚文　　签发：张三                                             ; ''          ; ''                 ; 柴亚文 ; 1
            """)
    void readsTheFooter(String what, String lines, String recipients, String distribution, String editor, int guesses) {
        String[] texts = lines.split("\\|");
        List<SourceParagraph> paragraphs = IntStream.range(0, texts.length)
                .mapToObj(i -> new SourceParagraph(i + 1, texts[i].strip())).toList();
        List<Guess> found = new ArrayList<>();

        Footer footer = FooterReader.read(paragraphs, found);

        assertEquals(new Footer(recipients, distribution, editor), footer);
        assertEquals(guesses, found.size(), found.toString());
    }

    /** With 报, 送, 抄送 or 本期增发 every line is kept in the printed order with its printed word, 发 and 本期送 included. */
    @Test
    void fullerFooterKeepsEveryLineInPrintedOrderAndThePrintRun() {
        List<String> texts = List.of("报：市委办公厅", "送：区人大、区政协", "本期送：区县处级领导", "发：各镇、 各街道", "────",
                "抄送：区人武部", "本期增发：区防汛指挥部", "责任编辑：柴亚文", "（共印 80 份）");
        List<SourceParagraph> paragraphs = IntStream.range(0, texts.size())
                .mapToObj(i -> new SourceParagraph(i + 1, texts.get(i))).toList();
        List<Guess> found = new ArrayList<>();

        Footer footer = FooterReader.read(paragraphs, found);

        assertEquals(new Footer("", "", "柴亚文", List.of(new FooterLine("报", "市委办公厅"), new FooterLine("送", "区人大、区政协"),
                new FooterLine("本期送", "区县处级领导"), new FooterLine("发", "各镇、各街道"), new FooterLine("抄送", "区人武部"),
                new FooterLine("本期增发", "区防汛指挥部")), 80), footer);
        assertEquals(List.of(), found);
    }
}
