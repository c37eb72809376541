package jianbao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jianbao.TestSites;
import jianbao.content.Problem;
import jianbao.content.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levels of site.yaml and the word lists of content/words.yaml, added to and overriding those shipped. */
class LanguageSettingsTest {

    @TempDir
    Path root;

    private List<String> kinds(LanguageCheck check, String body) {
        return check.findings("---\nnumber: 1\ndate: 2024-08-16\n---\n\n" + body, Optional.of(LocalDate.of(2024, 8, 16))).stream()
                .map(f -> f.kind().key() + ":" + f.column()).toList();
    }

    @Test
    void levelsAreSetInSiteYamlAndProblemsInThemAreReportedOnTheirLine() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("site.yaml"), """
                title: 测试信息
                base_url: https://example.gov.cn/
                language_check:
                  latin_words: off
                  mistaken_forms: warning
                  punctuation: 错误
                  spelling: error
                """);
        Problems problems = new Problems();
        LanguageSettings settings = LanguageSettings.load(content, problems);
        assertEquals(LanguageSettings.Level.OFF, settings.level(FindingKind.LATIN_WORDS));
        assertEquals(LanguageSettings.Level.WARNING, settings.level(FindingKind.MISTAKEN_FORMS));
        assertEquals(LanguageSettings.Level.WARNING, settings.level(FindingKind.PUNCTUATION), "a bad value leaves the usual level");
        assertEquals(LanguageSettings.Level.WARNING, settings.level(FindingKind.STANDARD_EXPRESSIONS));
        List<String> reported = problems.all().stream().map(p -> (p.isError() ? "E" : "W") + p.line() + " " + p.message()).toList();
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.get(0).startsWith("E3 language_check 下的 punctuation 只能是 error（错误）、warning（警告）或 off"), reported.toString());
        assertTrue(reported.get(1).startsWith("W3 language_check 下的“spelling”不认识"), reported.toString());
        assertEquals(List.of("mistaken_forms:9"), kinds(new LanguageCheck(settings), "加强iPhone台帐管理。（区财政局）"));
    }

    @Test
    void shippedLevelsMakeMistakenFormsErrorsAndTheRestWarnings() {
        LanguageSettings shipped = LanguageSettings.shipped();
        assertEquals(LanguageSettings.Level.ERROR, shipped.level(FindingKind.MISTAKEN_FORMS));
        for (FindingKind kind : List.of(FindingKind.LATIN_WORDS, FindingKind.STANDARD_EXPRESSIONS, FindingKind.PUNCTUATION,
                FindingKind.LATER_DATES)) {
            assertEquals(LanguageSettings.Level.WARNING, shipped.level(kind), kind.key());
        }
        assertTrue(shipped.mistakenForms().size() >= 300, "a few hundred entries: " + shipped.mistakenForms().size());
        shipped.mistakenForms().values().forEach(form -> assertTrue(!form.correct().contains(form.wrong()), form.wrong()));
    }

    @Test
    void theSiteWordListAddsAndOverrides() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("words.yaml"), """
                allowed_latin: [iPhone]
                mistaken_forms:
                  台帐: ""
                  上街区委办: 上街区委办公室
                  其它: [其他, 其余]
                standard_expressions:
                  - 上街区高质量发展示范区
                """);
        Problems problems = new Problems();
        LanguageCheck check = LanguageCheck.of(content, problems);
        assertEquals(List.of(), problems.all());
        assertEquals(List.of(), kinds(check, "使用iPhone办公，建立台帐。（区财政局）"));
        assertEquals(List.of("mistaken_forms:1", "mistaken_forms:9"), kinds(check, "上街区委办负责，其它单位配合。（区财政局）"));
        assertEquals(List.of("standard_expressions:3"), kinds(check, "建设上街区高质量发展试范区。（区财政局）"));
        assertEquals(List.of("mistaken_forms:3"), kinds(check, "全面布署。（区财政局）"), "the shipped entries stay");
    }

    @Test
    void aMalformedWordListIsReportedWithItsLine() {
        Path content = TestSites.fixtureContent(root, 20);
        TestSites.write(content.resolve("words.yaml"), "allowed_latin: iPhone\nmistaken_forms: [台帐]\n");
        Problems problems = new Problems();
        LanguageCheck.of(content, problems);
        assertEquals(List.of(1, 2), problems.all().stream().filter(Problem::isError).map(Problem::line).toList(), problems.all().toString());
    }
}
