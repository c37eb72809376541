package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read records the same with {@link RecordAttributes} as with Pebble alone. */
class RecordAttributesTest {

    /** A record as the page plan makes them: nested, not public, with methods besides its accessors. */
    private record Item(String name, int count, List<String> tags, Item parent) {

        public String getName() {
            return "from getName";
        }

        public String label(String prefix) {
            return prefix + name;
        }

        public boolean isEmpty() {
            return count == 0;
        }
    }

    private static final String TEMPLATE = "{{ item.name }}|{{ item.count }}|{{ item.tags[1] }}|{{ item.parent.name }}"
            + "|{{ item.label('x-') }}|{{ item.empty }}|{{ item.parent.parent is null }}|{{ map.name }}|{{ item.NAME }}";

    private static String render(boolean withRecordAttributes, String template, Map<String, Object> context) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true);
        if (withRecordAttributes) {
            builder.extension(new RecordAttributes());
        }
        StringWriter out = new StringWriter();
        try {
            builder.build().getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    @Test
    void readsComponentsAsPebbleDoes() {
        Map<String, Object> context = Map.of(
                "item", new Item("甲", 2, List.of("a", "b"), new Item("乙", 0, List.of(), null)),
                "map", Map.of("name", "丙"));
        String alone = render(false, TEMPLATE, context);
        // Pebble prefers getName() to the accessor name(), and matches names ignoring case.
        assertEquals("from getName|2|b|from getName|x-甲|false|true|丙|from getName", alone);
        assertEquals(alone, render(true, TEMPLATE, context));
    }

    @Test
    void unknownAttributeIsStillAnError() {
        Map<String, Object> context = Map.of("item", new Item("甲", 1, List.of(), null));
        assertThrows(PebbleException.class, () -> render(true, "{{ item.missing }}", context));
    }
}
