package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sets of document ids as lists and as bitmaps: read back as written, and ranked without reading them. */
class DocumentSetsTest {

    @Test
    void sparseAndDenseSetsReadBackAndRankEveryIdAsTheirIdsDo() {
        Random random = new Random(11);
        boolean[] forms = new boolean[2];
        for (int round = 0; round < 200; round++) {
            int universe = 1 + random.nextInt(3000);
            double density = round % 2 == 0 ? 0.01 : 0.6;
            int[] ids = IntStream.range(random.nextInt(50), universe)
                    .filter(id -> random.nextDouble() < density).toArray();
            Varints out = new Varints();
            DocumentSets.write(out, ids, ids.length);
            byte[] bytes = out.toByteArray();
            forms[new Varints.Reader(bytes).next() & 1] = true;
            assertTrue(Arrays.equals(ids, DocumentSets.read(new Varints.Reader(bytes), bytes)), "round " + round);
            for (int id = 0; id <= universe + 1; id++) {
                int below = id;
                assertEquals(Arrays.stream(ids).filter(x -> x < below).count(), DocumentSets.rank(bytes, id), "round " + round + ", id " + id);
            }
        }
        assertTrue(forms[0] && forms[1], "both lists and bitmaps were written");
    }
}
