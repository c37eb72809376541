package jianbao.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A QR code as inline SVG markup: one path of the dark modules over a white square with the quiet
 * zone of four modules that scanners need. The same text always gives the same markup, so pages that
 * carry one stay byte-identical from build to build. The SVG carries no text of its own and is
 * hidden from screen readers; the template around it says what it is.
 */
public final class QrCodeSvg {

    /** Modules of white around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    /**
     * The mask pattern, fixed: choosing the best of the eight for each code (ZXing's default) scores
     * every mask and cost more than half of a build's CPU time, once per page. Pattern 2 is the one
     * that choice picks most often for the addresses of a bulletin's pages, and any mask scans.
     */
    private static final int MASK_PATTERN = 2;

    /** The end of the markup, after the path's data. */
    private static final byte[] TAIL = "\"/></svg>".getBytes(StandardCharsets.US_ASCII);

    private QrCodeSvg() {
    }

    /**
     * The SVG of {@code text} at error correction level M (a printed code still scans with 15% of it
     * smudged), as ASCII bytes, which a page copies as they are (see {@link EncodedHtml}). It has no
     * size of its own: the stylesheet sets it.
     */
    public static byte[] svg(String text) {
        ByteMatrix matrix;
        try {
            // An address is ASCII and needs no character set; naming one would add an ECI header that some scanners misread.
            Map<EncodeHintType, Object> hints = isAscii(text)
                    ? Map.of(EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN)
                    : Map.of(EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN, EncodeHintType.CHARACTER_SET, "UTF-8");
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: " + e.getMessage(), e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        byte[] head = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + ' ' + size
                + "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path stroke=\"#000\" d=\"").getBytes(StandardCharsets.US_ASCII);
        // Each row of dark modules is drawn by a line one module thick through the row's middle: the
        // first run from where it starts (M x y.5 h run), each next one from where the last ended
        // (m gap 0 h run). That takes half the markup of a rectangle per run. The path is written
        // into an array, digits and all: appending its hundreds of short pieces one by one took a
        // fifth of the time of a page's QR code.
        // At most, a row's first run takes 14 characters (M177 180.5h177) and each other run 10 (m175 0h177).
        byte[] svg = new byte[head.length + matrix.getHeight() * (14 + 10 * ((matrix.getWidth() + 1) / 2)) + TAIL.length];
        System.arraycopy(head, 0, svg, 0, head.length);
        int at = head.length;
        byte[][] rows = matrix.getArray();
        for (int y = 0; y < rows.length; y++) {
            byte[] row = rows[y];
            int x = 0;
            int end = -1;
            while (x < row.length) {
                if (row[x] != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < row.length && row[x] == 1) {
                    x++;
                }
                if (end < 0) {
                    svg[at++] = 'M';
                    at = digits(svg, at, start + QUIET_ZONE);
                    svg[at++] = ' ';
                    at = digits(svg, at, y + QUIET_ZONE);
                    svg[at++] = '.';
                    svg[at++] = '5';
                } else {
                    svg[at++] = 'm';
                    at = digits(svg, at, start - end);
                    svg[at++] = ' ';
                    svg[at++] = '0';
                }
                svg[at++] = 'h';
                at = digits(svg, at, x - start);
                end = x;
            }
        }
        System.arraycopy(TAIL, 0, svg, at, TAIL.length);
        return Arrays.copyOf(svg, at + TAIL.length);
    }

    /** Writes the decimal digits of {@code value}, not negative, from {@code at}; returns where they end. */
    private static int digits(byte[] into, int at, int value) {
        int end = at + (value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : Integer.toString(value).length());
        for (int i = end - 1; i >= at; i--, value /= 10) {
            into[i] = (byte) ('0' + value % 10);
        }
        return end;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
