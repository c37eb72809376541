package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Document sets are read back as written, as a list when sparse and as a bitmap when dense, and
 * ranked without reading them.
 */
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

    @Test
    void theRankOfAnIdIsHowManyIdsOfTheSetAreBelowIt() {
        Random random = new Random(11);
        boolean[] forms = new boolean[2];
        for (int round = 0; round < 200; round++) {
            int universe = 1 + random.nextInt(3000);
            double density = round % 2 == 0 ? 0.01 : 0.6;
            int[] ids = IntStream.range(random.nextInt(50), universe).filter(id -> random.nextDouble() < density).toArray();
            Varints out = new Varints();
            DocumentSets.write(out, ids, ids.length);
            byte[] bytes = out.toByteArray();
            forms[new Varints.Reader(bytes).next() & 1] = true;
            for (int id = 0; id <= universe + 1; id++) {
                int below = id;
                assertEquals(Arrays.stream(ids).filter(x -> x < below).count(), DocumentSets.rank(bytes, id), "round " + round + ", id " + id);
            }
        }
        assertTrue(forms[0] && forms[1], "both lists and bitmaps were ranked");
    }
}
