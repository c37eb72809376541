package jianbao.build;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** What to tell a person about an unexpected failure: a message, never a stack trace. */
public final class FailureMessage {

    private FailureMessage() {
    }

    /**
     * What ran out, when memory or disk space did, with what to do about it; otherwise the message of
     * the innermost cause that has one.
     */
    public static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return "内存不够用了，网站没有生成完（原来的网站保持不变）。请给 Java 更多内存再试："
                        + "用 bin/jianbao 时设置 JIANBAO_HEAP（如 JIANBAO_HEAP=2g bin/jianbao build），"
                        + "用 java -jar 时加 -Xmx2g。";
            }
            if (cause instanceof IOException && isDiskFull(cause.getMessage())) {
                String where = cause instanceof FileSystemException e && e.getFile() != null ? "（写 " + e.getFile() + " 时）" : "";
                return "磁盘空间不足" + where + "，网站没有生成完（原来的网站保持不变）。请腾出磁盘空间后再试。";
            }
        }
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() != null ? shown.getMessage() : shown.toString();
    }

    /** How the system says a write found no room (ENOSPC, EDQUOT, EFBIG past a size limit). */
    private static boolean isDiskFull(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left on device") || lower.contains("disk quota exceeded")
                || lower.contains("there is not enough space on the disk");
    }
}
