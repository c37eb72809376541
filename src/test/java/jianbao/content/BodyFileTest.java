package jianbao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import jianbao.model.Body;
import org.junit.jupiter.api.Test;

class BodyFileTest {

    private static String html(int i) {
        return "<p>第" + i + "条：区城管局开展“门前三包”专项整治，<strong>清理占道经营 " + i + " 处</strong>。</p>";
    }

    private static String text(int i) {
        return "第" + i + "条：区城管局开展“门前三包”专项整治，清理占道经营 " + i + " 处。" + "文".repeat(i % 700);
    }

    @Test
    void bodiesStoredFromManyThreadsReadBackAsWritten() throws IOException {
        try (BodyFile file = BodyFile.create()) {
            // Enough bodies that the buffer goes to the file several times while others are still being added.
            List<Body> bodies = IntStream.range(0, 20_000).parallel().mapToObj(i -> file.store(html(i), text(i))).toList();
            IntStream.range(0, bodies.size()).parallel().forEach(i -> {
                assertEquals(html(i), bodies.get(i).html());
                assertEquals(text(i), bodies.get(i).text());
            });
            assertTrue(file.fileSize() > 1 << 20, "the bodies went to the file, not only to the buffer");
        }
    }

    @Test
    void aBodyLargerThanTheBufferAndAnEmptyOneRoundTrip() {
        String large = "长".repeat(3 << 20);
        try (BodyFile file = BodyFile.create()) {
            Body before = file.store("<p>前</p>", "前");
            Body big = file.store("<p>" + large + "</p>", large);
            Body empty = file.store("", "");
            assertEquals("<p>" + large + "</p>", big.html());
            assertEquals(large, big.text());
            assertEquals("<p>前</p>", before.html());
            assertEquals("", empty.html());
            assertEquals("", empty.text());
        }
    }

    @Test
    void closingDeletesTheFileAndBodiesCanNoLongerBeRead() {
        BodyFile file = BodyFile.create();
        Body body = file.store(html(1), text(1));
        assertEquals(text(1), body.text());
        file.close();
        assertFalse(Files.exists(file.path()));
        assertThrows(RuntimeException.class, body::text);
    }

    @Test
    void noFileIsMadeBeforeTheFirstBody() {
        try (BodyFile file = BodyFile.create()) {
            assertEquals(null, file.path());
            assertEquals(0, file.fileSize());
            file.store("<p>文</p>", "文");
            assertTrue(file.path() != null);
        }
    }

    /** Nothing is left in the temporary folder however the program ends: the file has no name while it is used. */
    @Test
    void theFileHasNoNameWhileItIsUsed() {
        try (BodyFile file = BodyFile.create()) {
            Body body = file.store("<p>前</p>", "前");
            file.store("<p>" + "长".repeat(1 << 20) + "</p>", "长");
            assertFalse(Files.exists(file.path()), "the file's name is gone once it is open");
            assertTrue(file.fileSize() > 1 << 20);
            assertEquals("<p>前</p>", body.html());
        }
    }

    @Test
    void storedBodiesAreEqualOnlyToThemselvesHeldOnesByValue() {
        try (BodyFile file = BodyFile.create()) {
            Body first = file.store(html(1), text(1));
            assertNotEquals(first, file.store(html(1), text(1)));
            assertEquals(first, first);
        }
        assertEquals(Body.of("<p>a</p>", "a"), Body.of("<p>a</p>", "a"));
    }
}
