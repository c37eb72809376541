package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Document sets are read back as written, as a list when sparse and as a bitmap when dense. */
class DocumentSetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "none, 0, 0, 1, 0",
            "one, 1, 70000, 1, 0",
            "sparse, 40, 5, 997, 0",
            "every third, 3000, 12, 3, 1",
            "every one, 500, 100000, 1, 1",
    })
    void readsBackWhatWasWritten(String name, int count, int first, int step, int form) {
        int[] ids = IntStream.range(0, count).map(i -> first + i * step).toArray();
        Varints out = new Varints();
        DocumentSets.write(out, ids, ids.length);
        byte[] bytes = out.toByteArray();
        Varints.Reader in = new Varints.Reader(bytes);
        assertEquals(form, new Varints.Reader(bytes).next() & 1, "1 for a bitmap");
        assertArrayEquals(ids, DocumentSets.read(in, bytes));
        assertEquals(bytes.length, in.position(), "the set ends where it says");
    }
}
