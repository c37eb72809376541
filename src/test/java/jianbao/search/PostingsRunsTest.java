package jianbao.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Postings spilled to temporary files come back merged, and the files are never left in the temporary folder. */
class PostingsRunsTest {

    private static Set<String> runFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("jianbao-search-")).collect(Collectors.toSet());
        }
    }

    @Test
    void spilledRunsMergeKeyByKeyAndHaveNoNameInTheTemporaryFolder() throws IOException {
        Set<String> before = runFiles();
        List<String> merged = new ArrayList<>();
        try (PostingsRuns runs = new PostingsRuns(1)) {
            byte[] data = {7, 8, 9};
            for (int id = 0; id < 5; id++) {
                // Each document spills the table the one before filled: keys 3 and 1 in every run, 2 in some.
                PostingsTable table = runs.table();
                table.add(3, id, data, 0, id % 3);
                table.add(1, id, data, 0, 1);
                if (id % 2 == 0) {
                    table.add(2, id, data, 1, 2);
                }
            }
            assertEquals(4, runs.spilled());
            assertEquals(before, runFiles(), "the runs' files lose their names once open");
            List<byte[]> threes = new ArrayList<>();
            runs.merge((key, chunks) -> {
                merged.add(key + ":" + chunks.size());
                if (key == 3) {
                    threes.addAll(chunks);
                }
            });
            assertArrayEquals(new byte[]{0}, threes.get(0), "document 0 with no data");
            assertArrayEquals(new byte[]{1, 7}, threes.get(1), "document 1, one after 0, with one byte");
        }
        assertEquals(List.of("1:5", "2:3", "3:5"), merged);
        assertEquals(before, runFiles());
    }
}
