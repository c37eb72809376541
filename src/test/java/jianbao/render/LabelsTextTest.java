package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling in the placeholders of a label. */
class LabelsTextTest {

    private final Labels labels = Labels.of(Map.of(
            "plain", "往期",
            "number", "{year}年第{number}期",
            "edges", "{a}{b}中{a}",
            "literal", "{Year} 与 { 和 {year",
            "one", "共 {count} 条"));

    @Test
    void fillsEveryPlaceholderWithItsValue() {
        assertEquals("往期", labels.text("plain"));
        assertEquals("2024年第45期", labels.text("number", Map.of("year", 2024, "number", 45)));
        assertEquals("甲乙中甲", labels.text("edges", Map.of("a", "甲", "b", "乙")));
        assertEquals("{Year} 与 { 和 {year", labels.text("literal", Map.of()));
    }

    @Test
    void valuesAreInsertedAsTheyAre() {
        assertEquals("共 $1 \\n {count} 条", labels.text("one", Map.of("count", "$1 \\n {count}")));
    }

    @Test
    void aMissingValueOrLabelIsNamed() {
        Labels.MissingLabelException missing = assertThrows(Labels.MissingLabelException.class,
                () -> labels.text("number", Map.of("year", 2024)));
        assertTrue(missing.getMessage().contains("{number}"), missing.getMessage());
        assertTrue(assertThrows(Labels.MissingLabelException.class, () -> labels.text("nav.nowhere")).getMessage()
                .contains("nav.nowhere"));
    }
}
