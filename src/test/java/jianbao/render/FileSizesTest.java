package jianbao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0          | 1 KB",
            "100        | 1 KB",
            "1536       | 2 KB",
            "319488     | 312 KB",
            "1048063    | 1023 KB",
            "1048064    | 1 MB",
            "1572864    | 1.5 MB",
            "10485760   | 10 MB",
            "1610612736 | 1.5 GB"})
    void wholeKilobytesBelowAMegabyteThenOneDecimal(long bytes, String expected) {
        assertEquals(expected, FileSizes.format(bytes));
    }
}
