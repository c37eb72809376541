package jianbao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A file's size as readers are told it beside a download: 312 KB, 1.2 MB. */
final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private FileSizes() {
    }

    /** Whole kilobytes below a megabyte (at least 1 KB), one decimal for megabytes and gigabytes. */
    static String format(long bytes) {
        long kilobytes = Math.max(1, (bytes + KB / 2) / KB);
        if (kilobytes < KB) {
            return kilobytes + " KB";
        }
        boolean giga = bytes >= GB;
        BigDecimal size = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(giga ? GB : MB), 1, RoundingMode.HALF_UP);
        return size.stripTrailingZeros().toPlainString() + (giga ? " GB" : " MB");
    }
}
