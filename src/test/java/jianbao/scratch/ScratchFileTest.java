package jianbao.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScratchFileTest {

    @Test
    void holdsWhatIsWrittenWithoutANameAndIsGoneWhenClosed() throws IOException {
        ScratchFile file = ScratchFile.create("jianbao-test-", ".tmp");
        try (file) {
            assertTrue(file.name().getFileName().toString().startsWith("jianbao-test-"));
            assertFalse(Files.exists(file.name()), "the name is gone once the file is open");
            file.channel().write(ByteBuffer.wrap("上街信息".getBytes(StandardCharsets.UTF_8)), 0);
            ByteBuffer back = ByteBuffer.allocate(12);
            file.channel().read(back, 0);
            assertEquals("上街信息", new String(back.array(), StandardCharsets.UTF_8));
        }
        assertThrows(ClosedChannelException.class, () -> file.channel().read(ByteBuffer.allocate(1), 0));
    }
}
